/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/pressure_program.json`.
 */
export type PressureProgram = {
  "address": "7hDow1yKej3w3pWcsDS27GMEaKddZkftCdnEE7t4dAcf",
  "metadata": {
    "name": "pressureProgram",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
    {
      "name": "matchKey",
      "discriminator": [
        189,
        102,
        67,
        49,
        72,
        82,
        255,
        94
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true
        },
        {
          "name": "totals",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "x",
          "type": "u64"
        },
        {
          "name": "a",
          "type": "u64"
        },
        {
          "name": "b",
          "type": "u64"
        }
      ]
    },
    {
      "name": "nestedCall",
      "discriminator": [
        22,
        98,
        221,
        169,
        80,
        40,
        94,
        50
      ],
      "accounts": [
        {
          "name": "totals",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "x",
          "type": "u64"
        },
        {
          "name": "a",
          "type": "u64"
        },
        {
          "name": "b",
          "type": "u64"
        }
      ]
    },
    {
      "name": "percentOf",
      "discriminator": [
        210,
        1,
        236,
        157,
        5,
        194,
        64,
        231
      ],
      "accounts": [
        {
          "name": "totals",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "x",
          "type": "u64"
        },
        {
          "name": "a",
          "type": "u64"
        },
        {
          "name": "b",
          "type": "u64"
        }
      ]
    },
    {
      "name": "wideCalls",
      "discriminator": [
        106,
        183,
        187,
        89,
        53,
        235,
        225,
        245
      ],
      "accounts": [
        {
          "name": "totals",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "x",
          "type": "u128"
        },
        {
          "name": "a",
          "type": "u64"
        },
        {
          "name": "b",
          "type": "u64"
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "totals",
      "discriminator": [
        200,
        56,
        239,
        35,
        57,
        206,
        72,
        74
      ]
    }
  ],
  "types": [
    {
      "name": "totals",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "count",
            "type": "u64"
          },
          {
            "name": "sum",
            "type": "u128"
          }
        ]
      }
    }
  ]
};
