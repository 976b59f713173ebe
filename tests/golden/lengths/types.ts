/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/lengths_program.json`.
 */
export type LengthsProgram = {
  "address": "FweGc5SeUvAqE9gnS5Yy7B4iELKEihpcgmJAuhLgexpw",
  "metadata": {
    "name": "lengthsProgram",
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
          "name": "board",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  98,
                  111,
                  97,
                  114,
                  100
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
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "title",
          "type": "string"
        },
        {
          "name": "scores",
          "type": {
            "vec": "u64"
          }
        }
      ]
    },
    {
      "name": "rename",
      "discriminator": [
        98,
        63,
        129,
        146,
        24,
        170,
        185,
        45
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "board"
          ]
        },
        {
          "name": "board",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  98,
                  111,
                  97,
                  114,
                  100
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
          "name": "title",
          "type": {
            "option": "string"
          }
        }
      ]
    },
    {
      "name": "rescore",
      "discriminator": [
        225,
        158,
        215,
        50,
        122,
        139,
        245,
        40
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "board"
          ]
        },
        {
          "name": "board",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  98,
                  111,
                  97,
                  114,
                  100
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
          "name": "scores",
          "type": {
            "vec": "u64"
          }
        }
      ]
    },
    {
      "name": "retag",
      "discriminator": [
        11,
        5,
        161,
        99,
        189,
        48,
        62,
        65
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "label",
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  108,
                  97,
                  98,
                  101,
                  108
                ]
              },
              {
                "kind": "arg",
                "path": "name"
              }
            ]
          }
        }
      ],
      "args": [
        {
          "name": "name",
          "type": "string"
        }
      ]
    },
    {
      "name": "tag",
      "discriminator": [
        62,
        126,
        95,
        189,
        228,
        237,
        42,
        150
      ],
      "accounts": [
        {
          "name": "owner",
          "writable": true,
          "signer": true
        },
        {
          "name": "label",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  108,
                  97,
                  98,
                  101,
                  108
                ]
              },
              {
                "kind": "arg",
                "path": "name"
              }
            ]
          }
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": [
        {
          "name": "name",
          "type": "string"
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "board",
      "discriminator": [
        79,
        48,
        160,
        63,
        153,
        132,
        240,
        56
      ]
    },
    {
      "name": "label",
      "discriminator": [
        81,
        55,
        13,
        178,
        66,
        159,
        10,
        78
      ]
    }
  ],
  "events": [
    {
      "name": "renamed",
      "discriminator": [
        148,
        232,
        32,
        179,
        231,
        9,
        232,
        103
      ]
    }
  ],
  "types": [
    {
      "name": "board",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "title",
            "type": "string"
          },
          {
            "name": "scores",
            "type": {
              "vec": "u64"
            }
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "label",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "name",
            "type": "string"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    },
    {
      "name": "renamed",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "board",
            "type": "pubkey"
          },
          {
            "name": "title",
            "type": "string"
          }
        ]
      }
    }
  ]
};
