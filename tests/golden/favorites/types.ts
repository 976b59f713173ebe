/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/favorites_program.json`.
 */
export type FavoritesProgram = {
  "address": "6yCvVh8dSZ97WsmUmituH6NKMcwWEbhs6bbxt41fsvM3",
  "metadata": {
    "name": "favoritesProgram",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
    {
      "name": "setColor",
      "discriminator": [
        198,
        228,
        75,
        91,
        242,
        20,
        189,
        38
      ],
      "accounts": [
        {
          "name": "owner",
          "signer": true,
          "relations": [
            "favorites"
          ]
        },
        {
          "name": "favorites",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  102,
                  97,
                  118,
                  111,
                  114,
                  105,
                  116,
                  101,
                  115
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
          "name": "color",
          "type": "string"
        }
      ]
    },
    {
      "name": "setFavorites",
      "discriminator": [
        211,
        137,
        87,
        135,
        161,
        224,
        187,
        120
      ],
      "accounts": [
        {
          "name": "owner",
          "writable": true,
          "signer": true
        },
        {
          "name": "favorites",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  102,
                  97,
                  118,
                  111,
                  114,
                  105,
                  116,
                  101,
                  115
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
          "name": "number",
          "type": "u64"
        },
        {
          "name": "color",
          "type": "string"
        },
        {
          "name": "hobbies",
          "type": {
            "vec": "string"
          }
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "favorites",
      "discriminator": [
        44,
        205,
        48,
        25,
        172,
        96,
        48,
        27
      ]
    }
  ],
  "types": [
    {
      "name": "favorites",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "number",
            "type": "u64"
          },
          {
            "name": "color",
            "type": "string"
          },
          {
            "name": "hobbies",
            "type": {
              "vec": "string"
            }
          }
        ]
      }
    }
  ]
};
