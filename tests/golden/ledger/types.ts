/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/ledger_program.json`.
 */
export type LedgerProgram = {
  "address": "7HdJRnq5A7Ejbd1UZwvkYLAkVpbg1ujvpsV8j6j5sdcQ",
  "metadata": {
    "name": "ledgerProgram",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
    {
      "name": "open",
      "discriminator": [
        228,
        220,
        155,
        71,
        199,
        189,
        60,
        45
      ],
      "accounts": [
        {
          "name": "owner",
          "writable": true,
          "signer": true
        },
        {
          "name": "ledger",
          "writable": true,
          "signer": true
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "limits",
          "type": {
            "defined": {
              "name": "limits"
            }
          }
        }
      ]
    },
    {
      "name": "record",
      "discriminator": [
        222,
        57,
        201,
        216,
        199,
        90,
        247,
        136
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "ledger"
          ]
        },
        {
          "name": "ledger",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "amount",
          "type": "u64"
        },
        {
          "name": "credit",
          "type": "bool"
        },
        {
          "name": "memo",
          "type": "string"
        }
      ]
    },
    {
      "name": "shrink",
      "discriminator": [
        33,
        240,
        166,
        12,
        118,
        107,
        214,
        165
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "ledger"
          ]
        },
        {
          "name": "ledger",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "factor",
          "type": "u8"
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "ledger",
      "discriminator": [
        43,
        41,
        21,
        213,
        180,
        176,
        95,
        32
      ]
    }
  ],
  "events": [
    {
      "name": "opened",
      "discriminator": [
        166,
        172,
        97,
        9,
        77,
        76,
        189,
        109
      ]
    },
    {
      "name": "recorded",
      "discriminator": [
        76,
        36,
        39,
        188,
        150,
        68,
        24,
        241
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "invalidLimits",
      "msg": "Limits must allow entries and fees of at most 100%"
    },
    {
      "code": 6001,
      "name": "zeroAmount",
      "msg": "Amount must be positive"
    },
    {
      "code": 6002,
      "name": "tooLarge",
      "msg": "Amount is above the ledger's limit"
    },
    {
      "code": 6003,
      "name": "overdrawn",
      "msg": "Not enough balance"
    }
  ],
  "types": [
    {
      "name": "ledger",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "limits",
            "type": {
              "defined": {
                "name": "limits"
              }
            }
          },
          {
            "name": "balance",
            "type": "i64"
          },
          {
            "name": "flagged",
            "type": "u8"
          },
          {
            "name": "volume",
            "type": "u128"
          },
          {
            "name": "wide",
            "type": "i128"
          },
          {
            "name": "fees",
            "type": "u64"
          },
          {
            "name": "openedAt",
            "type": "i64"
          },
          {
            "name": "lastSlot",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "limits",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "maxEntry",
            "type": "u64"
          },
          {
            "name": "feeBps",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "opened",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "ledger",
            "type": "pubkey"
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "maxEntry",
            "type": "u64"
          }
        ]
      }
    },
    {
      "name": "recorded",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "ledger",
            "type": "pubkey"
          },
          {
            "name": "amount",
            "type": "u64"
          },
          {
            "name": "fee",
            "type": "u64"
          },
          {
            "name": "balance",
            "type": "i64"
          },
          {
            "name": "memo",
            "type": "string"
          }
        ]
      }
    }
  ]
};
