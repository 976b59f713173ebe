/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/hfmmt.json`.
 */
export type Hfmmt = {
  "address": "9ZRHZRqEVociMgNbYtEgFjY88fPt24tMctYxSknzXM9a",
  "metadata": {
    "name": "hfmmt",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
    {
      "name": "checkPriority",
      "discriminator": [
        104,
        93,
        179,
        198,
        156,
        197,
        247,
        151
      ],
      "accounts": [
        {
          "name": "owner"
        },
        {
          "name": "maker",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  107,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "minTier",
          "type": "u8"
        }
      ]
    },
    {
      "name": "distributeRewards",
      "discriminator": [
        97,
        6,
        227,
        255,
        124,
        165,
        3,
        148
      ],
      "accounts": [
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "maker",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  107,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "maker.owner",
                "account": "marketMaker"
              }
            ]
          }
        },
        {
          "name": "ownerToken",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "rewardVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "fundRewards",
      "discriminator": [
        114,
        64,
        163,
        112,
        175,
        167,
        19,
        121
      ],
      "accounts": [
        {
          "name": "funder",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "funderToken",
          "writable": true
        },
        {
          "name": "rewardVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "initialize",
      "discriminator": [
        175,
        175,
        109,
        31,
        13,
        152,
        155,
        237
      ],
      "accounts": [
        {
          "name": "admin",
          "writable": true,
          "signer": true
        },
        {
          "name": "programData",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  127,
                  43,
                  138,
                  127,
                  89,
                  12,
                  230,
                  201,
                  156,
                  198,
                  90,
                  113,
                  206,
                  123,
                  225,
                  31,
                  174,
                  13,
                  70,
                  68,
                  182,
                  70,
                  127,
                  247,
                  98,
                  208,
                  236,
                  179,
                  248,
                  98,
                  67,
                  97
                ]
              }
            ],
            "program": {
              "kind": "const",
              "value": [
                2,
                168,
                246,
                145,
                78,
                136,
                161,
                176,
                226,
                16,
                21,
                62,
                247,
                99,
                174,
                43,
                0,
                194,
                185,
                61,
                22,
                193,
                36,
                210,
                192,
                83,
                122,
                16,
                4,
                128,
                0,
                0
              ]
            }
          }
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "hfmmtMint"
        },
        {
          "name": "liquidityMint"
        },
        {
          "name": "stakeVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  115,
                  116,
                  97,
                  107,
                  101,
                  95,
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              }
            ]
          }
        },
        {
          "name": "rewardVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  114,
                  101,
                  119,
                  97,
                  114,
                  100,
                  95,
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              }
            ]
          }
        },
        {
          "name": "liquidityVault",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  108,
                  105,
                  113,
                  117,
                  105,
                  100,
                  105,
                  116,
                  121,
                  95,
                  118,
                  97,
                  117,
                  108,
                  116
                ]
              }
            ]
          }
        },
        {
          "name": "performanceAuthority"
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": [
        {
          "name": "configParams",
          "type": {
            "defined": {
              "name": "configParams"
            }
          }
        }
      ]
    },
    {
      "name": "provideLiquidity",
      "discriminator": [
        40,
        110,
        107,
        116,
        174,
        127,
        97,
        204
      ],
      "accounts": [
        {
          "name": "provider",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  108,
                  105,
                  113,
                  117,
                  105,
                  100,
                  105,
                  116,
                  121
                ]
              },
              {
                "kind": "account",
                "path": "provider"
              }
            ]
          }
        },
        {
          "name": "providerToken",
          "writable": true
        },
        {
          "name": "liquidityVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "requestUnstake",
      "discriminator": [
        44,
        154,
        110,
        253,
        160,
        202,
        54,
        34
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "maker",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  107,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "rewardVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "setAutoCompound",
      "discriminator": [
        101,
        22,
        46,
        161,
        189,
        86,
        250,
        244
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "maker",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  107,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "enabled",
          "type": "bool"
        }
      ]
    },
    {
      "name": "setPaused",
      "discriminator": [
        91,
        60,
        125,
        192,
        176,
        225,
        166,
        218
      ],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "paused",
          "type": "bool"
        }
      ]
    },
    {
      "name": "slashInactive",
      "discriminator": [
        41,
        137,
        35,
        203,
        55,
        9,
        106,
        246
      ],
      "accounts": [
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "maker",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  107,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "maker.owner",
                "account": "marketMaker"
              }
            ]
          }
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "rewardVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    },
    {
      "name": "stakeTokens",
      "discriminator": [
        136,
        126,
        91,
        162,
        40,
        131,
        13,
        127
      ],
      "accounts": [
        {
          "name": "owner",
          "writable": true,
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "maker",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  107,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        },
        {
          "name": "ownerToken",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "updateConfig",
      "discriminator": [
        29,
        158,
        252,
        191,
        10,
        83,
        219,
        99
      ],
      "accounts": [
        {
          "name": "admin",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "configParams",
          "type": {
            "defined": {
              "name": "configParams"
            }
          }
        }
      ]
    },
    {
      "name": "updatePerformance",
      "discriminator": [
        11,
        251,
        66,
        148,
        20,
        86,
        149,
        20
      ],
      "accounts": [
        {
          "name": "performanceAuthority",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "maker",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  107,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "maker.owner",
                "account": "marketMaker"
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "executionVolume",
          "type": "u64"
        },
        {
          "name": "spreadEfficiency",
          "type": "u64"
        },
        {
          "name": "orderFlow",
          "type": "u64"
        }
      ]
    },
    {
      "name": "updateVolatility",
      "discriminator": [
        190,
        105,
        116,
        221,
        229,
        198,
        208,
        83
      ],
      "accounts": [
        {
          "name": "performanceAuthority",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "volatilityBps",
          "type": "u64"
        }
      ]
    },
    {
      "name": "withdrawLiquidity",
      "discriminator": [
        149,
        158,
        33,
        185,
        47,
        243,
        253,
        31
      ],
      "accounts": [
        {
          "name": "provider",
          "signer": true
        },
        {
          "name": "config",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "position",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  108,
                  105,
                  113,
                  117,
                  105,
                  100,
                  105,
                  116,
                  121
                ]
              },
              {
                "kind": "account",
                "path": "provider"
              }
            ]
          }
        },
        {
          "name": "providerToken",
          "writable": true
        },
        {
          "name": "providerRewardToken",
          "writable": true
        },
        {
          "name": "liquidityVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "rewardVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        }
      ]
    },
    {
      "name": "withdrawUnstaked",
      "discriminator": [
        19,
        202,
        68,
        255,
        216,
        40,
        205,
        61
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "config",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  110,
                  102,
                  105,
                  103
                ]
              }
            ]
          }
        },
        {
          "name": "maker",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  109,
                  97,
                  107,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "owner"
              }
            ]
          }
        },
        {
          "name": "ownerToken",
          "writable": true
        },
        {
          "name": "stakeVault",
          "writable": true,
          "relations": [
            "config"
          ]
        },
        {
          "name": "tokenProgram",
          "address": "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA"
        }
      ],
      "args": []
    }
  ],
  "accounts": [
    {
      "name": "config",
      "discriminator": [
        155,
        12,
        170,
        224,
        30,
        250,
        204,
        130
      ]
    },
    {
      "name": "liquidityPosition",
      "discriminator": [
        153,
        56,
        106,
        34,
        55,
        42,
        113,
        176
      ]
    },
    {
      "name": "marketMaker",
      "discriminator": [
        151,
        123,
        40,
        58,
        68,
        211,
        104,
        56
      ]
    }
  ],
  "events": [
    {
      "name": "autoCompoundSet",
      "discriminator": [
        96,
        255,
        226,
        201,
        99,
        51,
        19,
        17
      ]
    },
    {
      "name": "configUpdated",
      "discriminator": [
        40,
        241,
        230,
        122,
        11,
        19,
        198,
        194
      ]
    },
    {
      "name": "initialized",
      "discriminator": [
        208,
        213,
        115,
        98,
        115,
        82,
        201,
        209
      ]
    },
    {
      "name": "liquidityProvided",
      "discriminator": [
        94,
        97,
        39,
        34,
        15,
        96,
        79,
        135
      ]
    },
    {
      "name": "liquidityWithdrawn",
      "discriminator": [
        240,
        120,
        73,
        139,
        154,
        31,
        218,
        68
      ]
    },
    {
      "name": "performanceUpdated",
      "discriminator": [
        53,
        184,
        221,
        195,
        192,
        50,
        181,
        79
      ]
    },
    {
      "name": "rewardsDistributed",
      "discriminator": [
        11,
        43,
        154,
        0,
        229,
        9,
        116,
        85
      ]
    },
    {
      "name": "rewardsFunded",
      "discriminator": [
        84,
        233,
        245,
        203,
        228,
        147,
        165,
        92
      ]
    },
    {
      "name": "scoreExpired",
      "discriminator": [
        230,
        14,
        14,
        232,
        67,
        35,
        74,
        64
      ]
    },
    {
      "name": "slashed",
      "discriminator": [
        98,
        59,
        249,
        154,
        233,
        53,
        98,
        194
      ]
    },
    {
      "name": "staked",
      "discriminator": [
        11,
        146,
        45,
        205,
        230,
        58,
        213,
        240
      ]
    },
    {
      "name": "unstakeRequested",
      "discriminator": [
        21,
        253,
        177,
        85,
        129,
        206,
        42,
        152
      ]
    },
    {
      "name": "unstaked",
      "discriminator": [
        27,
        179,
        156,
        215,
        47,
        71,
        195,
        7
      ]
    },
    {
      "name": "volatilityUpdated",
      "discriminator": [
        65,
        23,
        5,
        195,
        172,
        173,
        255,
        87
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "unauthorized",
      "msg": "The signer is not allowed to do this"
    },
    {
      "code": 6001,
      "name": "zeroAmount",
      "msg": "The amount must be greater than zero"
    },
    {
      "code": 6002,
      "name": "invalidParameter",
      "msg": "A parameter is out of range"
    },
    {
      "code": 6003,
      "name": "paused",
      "msg": "The program is paused"
    },
    {
      "code": 6004,
      "name": "belowMinimumStake",
      "msg": "The stake is below the minimum"
    },
    {
      "code": 6005,
      "name": "insufficientStake",
      "msg": "Not enough stake"
    },
    {
      "code": 6006,
      "name": "cooldownNotElapsed",
      "msg": "The unstake cooldown has not elapsed"
    },
    {
      "code": 6007,
      "name": "nothingToWithdraw",
      "msg": "Nothing to withdraw"
    },
    {
      "code": 6008,
      "name": "notInactive",
      "msg": "The market maker is not inactive"
    },
    {
      "code": 6009,
      "name": "insufficientLiquidity",
      "msg": "Not enough liquidity in the position"
    },
    {
      "code": 6010,
      "name": "mathOverflow",
      "msg": "Arithmetic overflow"
    },
    {
      "code": 6011,
      "name": "invalidMint",
      "msg": "The token account has the wrong mint"
    },
    {
      "code": 6012,
      "name": "invalidOwner",
      "msg": "The token account has the wrong owner"
    },
    {
      "code": 6013,
      "name": "reportAboveCap",
      "msg": "The report's volume or order flow is above the per-report cap"
    },
    {
      "code": 6014,
      "name": "priorityTooLow",
      "msg": "The market maker's priority tier is below the one required"
    }
  ],
  "types": [
    {
      "name": "autoCompoundSet",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "enabled",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "config",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "admin",
            "type": "pubkey"
          },
          {
            "name": "performanceAuthority",
            "type": "pubkey"
          },
          {
            "name": "hfmmtMint",
            "type": "pubkey"
          },
          {
            "name": "liquidityMint",
            "type": "pubkey"
          },
          {
            "name": "stakeVault",
            "type": "pubkey"
          },
          {
            "name": "rewardVault",
            "type": "pubkey"
          },
          {
            "name": "liquidityVault",
            "type": "pubkey"
          },
          {
            "name": "params",
            "type": {
              "defined": {
                "name": "configParams"
              }
            }
          },
          {
            "name": "paused",
            "type": "bool"
          },
          {
            "name": "inactivityFrom",
            "docs": [
              "Inactivity counts from here at the earliest: the last pause, unpause or update_config."
            ],
            "type": "i64"
          },
          {
            "name": "totalStaked",
            "docs": [
              "Σ staked + Σ warming (pending unstake excluded)."
            ],
            "type": "u64"
          },
          {
            "name": "totalEffective",
            "docs": [
              "Σ effective stake: what the staking accumulator divides by."
            ],
            "type": "u64"
          },
          {
            "name": "totalLiquidity",
            "type": "u64"
          },
          {
            "name": "accRewardPerShare",
            "docs": [
              "Staking reward per effective-stake unit, scaled 10^12."
            ],
            "type": "u128"
          },
          {
            "name": "lpAccPerUnit",
            "docs": [
              "Liquidity reward reserved per liquidity unit (at the top duration multiplier), scaled 10^12."
            ],
            "type": "u128"
          },
          {
            "name": "lpReserveRate",
            "docs": [
              "The liquidity stream's reservation per second at the top multiplier, in 10^-6 base units, rounded up."
            ],
            "type": "u128"
          },
          {
            "name": "lpUnitRate",
            "docs": [
              "Liquidity reward per unit per second at the top multiplier, scaled 10^12."
            ],
            "type": "u64"
          },
          {
            "name": "lastUpdate",
            "type": "i64"
          },
          {
            "name": "rewardBudget",
            "docs": [
              "Unpromised HFMMT in the reward vault: the most any accrual may take."
            ],
            "type": "u64"
          },
          {
            "name": "volatilityBps",
            "type": "u64"
          },
          {
            "name": "volatilityMultiplierBps",
            "type": "u64"
          },
          {
            "name": "epochIndex",
            "type": "u64"
          },
          {
            "name": "epochStart",
            "type": "i64"
          },
          {
            "name": "epochScore",
            "type": "u64"
          },
          {
            "name": "epochRebates",
            "docs": [
              "Rebates paid in the running epoch."
            ],
            "type": "u64"
          },
          {
            "name": "prevEpochScore",
            "type": "u64"
          },
          {
            "name": "prevEpochPool",
            "docs": [
              "Market-making rewards reserved for the previous epoch, and how much of them was paid."
            ],
            "type": "u64"
          },
          {
            "name": "prevEpochPaid",
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "configParams",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "rewardRate",
            "type": "u64"
          },
          {
            "name": "volatilityThreshold",
            "type": "u64"
          },
          {
            "name": "maxVolatilityMultiplierBps",
            "type": "u64"
          },
          {
            "name": "minStake",
            "type": "u64"
          },
          {
            "name": "warmupSeconds",
            "type": "i64"
          },
          {
            "name": "unstakeCooldownSeconds",
            "type": "i64"
          },
          {
            "name": "epochSeconds",
            "type": "i64"
          },
          {
            "name": "mmEpochBudget",
            "type": "u64"
          },
          {
            "name": "spreadWeightBps",
            "type": "u64"
          },
          {
            "name": "flowWeightBps",
            "type": "u64"
          },
          {
            "name": "makerRebateBps",
            "type": "u64"
          },
          {
            "name": "rebateEpochBudget",
            "docs": [
              "Rebates paid in one epoch, at most."
            ],
            "type": "u64"
          },
          {
            "name": "maxReportVolume",
            "docs": [
              "The most execution volume, and order flow, one report may carry."
            ],
            "type": "u64"
          },
          {
            "name": "lpRewardRate",
            "type": "u64"
          },
          {
            "name": "lpMaxDurationMultiplierBps",
            "type": "u64"
          },
          {
            "name": "lpRampSeconds",
            "type": "i64"
          },
          {
            "name": "inactivitySeconds",
            "type": "i64"
          },
          {
            "name": "slashBps",
            "type": "u64"
          },
          {
            "name": "priorityTiers",
            "type": {
              "defined": {
                "name": "priorityTiers"
              }
            }
          }
        ]
      }
    },
    {
      "name": "configUpdated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "params",
            "type": {
              "defined": {
                "name": "configParams"
              }
            }
          },
          {
            "name": "paused",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "initialized",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "admin",
            "type": "pubkey"
          },
          {
            "name": "performanceAuthority",
            "type": "pubkey"
          },
          {
            "name": "hfmmtMint",
            "type": "pubkey"
          },
          {
            "name": "liquidityMint",
            "type": "pubkey"
          },
          {
            "name": "epochStart",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "liquidityPosition",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "commitmentStart",
            "docs": [
              "Amount-weighted start of the commitment."
            ],
            "type": "i64"
          },
          {
            "name": "rewardDebt",
            "docs": [
              "Config.lpAccPerUnit at the last settlement."
            ],
            "type": "u128"
          },
          {
            "name": "accruedRewards",
            "type": "u64"
          },
          {
            "name": "lastAccrual",
            "type": "i64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "liquidityProvided",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "totalAmount",
            "type": "u64"
          },
          {
            "name": "commitmentStart",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "liquidityWithdrawn",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "rewards",
            "type": "u64"
          },
          {
            "name": "remaining",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "marketMaker",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "priorityTier",
            "docs": [
              "Priority tier 0-3, at account data offset 40 (after the discriminator and owner), for exchanges to read."
            ],
            "type": "u8"
          },
          {
            "name": "tierUpdatedAt",
            "docs": [
              "When the tier was last recomputed (unix seconds), at account data offset 41."
            ],
            "type": "i64"
          },
          {
            "name": "staked",
            "docs": [
              "Warmed-up stake."
            ],
            "type": "u64"
          },
          {
            "name": "effectiveStake",
            "docs": [
              "The part of `staked` counted in Config.totalEffective (0 below min_stake)."
            ],
            "type": "u64"
          },
          {
            "name": "warmingAmount",
            "type": "u64"
          },
          {
            "name": "warmingUntil",
            "type": "i64"
          },
          {
            "name": "pendingUnstake",
            "type": "u64"
          },
          {
            "name": "unstakeUnlockAt",
            "type": "i64"
          },
          {
            "name": "rewardDebt",
            "type": "u128"
          },
          {
            "name": "accruedRewards",
            "type": "u64"
          },
          {
            "name": "accruedRebates",
            "type": "u64"
          },
          {
            "name": "autoCompound",
            "type": "bool"
          },
          {
            "name": "epochVolume",
            "type": "u64"
          },
          {
            "name": "epochSpreadEfficiency",
            "docs": [
              "The last reported spread efficiency (bps)."
            ],
            "type": "u64"
          },
          {
            "name": "epochOrderFlow",
            "type": "u64"
          },
          {
            "name": "epochScore",
            "type": "u64"
          },
          {
            "name": "scoreEpoch",
            "type": "u64"
          },
          {
            "name": "unclaimedScore",
            "type": "u64"
          },
          {
            "name": "unclaimedEpoch",
            "type": "u64"
          },
          {
            "name": "lastActive",
            "type": "i64"
          },
          {
            "name": "totalSlashed",
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "performanceUpdated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "epoch",
            "type": "u64"
          },
          {
            "name": "score",
            "type": "u64"
          },
          {
            "name": "epochScore",
            "type": "u64"
          },
          {
            "name": "rebate",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "priorityTiers",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "tier1",
            "type": "u64"
          },
          {
            "name": "tier2",
            "type": "u64"
          },
          {
            "name": "tier3",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "rewardsDistributed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "stakingRewards",
            "type": "u64"
          },
          {
            "name": "marketMakingRewards",
            "type": "u64"
          },
          {
            "name": "rebates",
            "type": "u64"
          },
          {
            "name": "compounded",
            "type": "bool"
          }
        ]
      }
    },
    {
      "name": "rewardsFunded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "funder",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "budget",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "scoreExpired",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "score",
            "type": "u64"
          },
          {
            "name": "epoch",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "slashed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "remainingStake",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "staked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "effectiveAt",
            "type": "i64"
          },
          {
            "name": "staked",
            "type": "u64"
          },
          {
            "name": "warming",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "unstakeRequested",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "pending",
            "type": "u64"
          },
          {
            "name": "unlockAt",
            "type": "i64"
          }
        ]
      }
    },
    {
      "name": "unstaked",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "volatilityUpdated",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "volatilityBps",
            "type": "u64"
          },
          {
            "name": "multiplierBps",
            "type": "u64"
          }
        ]
      }
    }
  ]
};
