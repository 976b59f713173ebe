/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/big_board_program.json`.
 */
export type BigBoardProgram = {
  "address": "2gkBL67XuURKS4A8tW9RdSD1MXFaUYSw98bejJdqWFMb",
  "metadata": {
    "name": "bigBoardProgram",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
    {
      "name": "add",
      "discriminator": [
        41,
        249,
        249,
        146,
        197,
        111,
        56,
        181
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "tally"
          ]
        },
        {
          "name": "tally",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "slot",
          "type": "u8"
        },
        {
          "name": "amount",
          "type": "u128"
        }
      ]
    },
    {
      "name": "copyCell",
      "discriminator": [
        232,
        233,
        120,
        128,
        98,
        48,
        22,
        153
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "board"
          ]
        },
        {
          "name": "board",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "from",
          "type": "u64"
        },
        {
          "name": "to",
          "type": "u64"
        }
      ]
    },
    {
      "name": "createTally",
      "discriminator": [
        58,
        184,
        192,
        13,
        160,
        60,
        163,
        227
      ],
      "accounts": [
        {
          "name": "payer",
          "writable": true,
          "signer": true
        },
        {
          "name": "tally",
          "writable": true,
          "signer": true
        },
        {
          "name": "systemProgram",
          "address": "11111111111111111111111111111111"
        }
      ],
      "args": []
    },
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
          "name": "authority",
          "signer": true
        },
        {
          "name": "board",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "read",
      "discriminator": [
        116,
        184,
        159,
        206,
        179,
        224,
        178,
        42
      ],
      "accounts": [
        {
          "name": "board"
        }
      ],
      "args": [
        {
          "name": "index",
          "type": "u64"
        }
      ]
    },
    {
      "name": "write",
      "discriminator": [
        235,
        116,
        91,
        200,
        206,
        170,
        144,
        120
      ],
      "accounts": [
        {
          "name": "authority",
          "signer": true,
          "relations": [
            "board"
          ]
        },
        {
          "name": "board",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "index",
          "type": "u64"
        },
        {
          "name": "value",
          "type": "u64"
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
      "name": "tally",
      "discriminator": [
        126,
        11,
        29,
        33,
        32,
        101,
        239,
        25
      ]
    }
  ],
  "types": [
    {
      "name": "board",
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "writes",
            "type": "u64"
          },
          {
            "name": "cells",
            "type": {
              "array": [
                "u64",
                1310714
              ]
            }
          }
        ]
      }
    },
    {
      "name": "tally",
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "totals",
            "type": {
              "array": [
                "u128",
                4
              ]
            }
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "updates",
            "type": "u64"
          },
          {
            "name": "spare",
            "type": "u64"
          }
        ]
      }
    }
  ]
};
