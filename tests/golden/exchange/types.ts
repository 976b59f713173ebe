/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/exchange_program.json`.
 */
export type ExchangeProgram = {
  "address": "76n8XNuZDD1PQ9ptD5BbPbt5imSvdTSNyMkwxm1dFyBA",
  "metadata": {
    "name": "exchangeProgram",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
    {
      "name": "openBook",
      "discriminator": [
        179,
        61,
        78,
        135,
        182,
        178,
        205,
        97
      ],
      "accounts": [
        {
          "name": "operator",
          "writable": true,
          "signer": true
        },
        {
          "name": "book",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  98,
                  111,
                  111,
                  107
                ]
              },
              {
                "kind": "account",
                "path": "operator"
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
          "name": "minTier",
          "type": "u8"
        }
      ]
    },
    {
      "name": "placeQuote",
      "discriminator": [
        164,
        28,
        149,
        118,
        170,
        208,
        65,
        185
      ],
      "accounts": [
        {
          "name": "trader",
          "signer": true
        },
        {
          "name": "maker"
        },
        {
          "name": "book",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  98,
                  111,
                  111,
                  107
                ]
              },
              {
                "kind": "account",
                "path": "book.operator",
                "account": "book"
              }
            ]
          }
        },
        {
          "name": "hfmmt",
          "address": "9ZRHZRqEVociMgNbYtEgFjY88fPt24tMctYxSknzXM9a"
        }
      ],
      "args": [
        {
          "name": "price",
          "type": "u64"
        },
        {
          "name": "size",
          "type": "u64"
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "book",
      "discriminator": [
        121,
        34,
        121,
        35,
        91,
        62,
        85,
        222
      ]
    }
  ],
  "types": [
    {
      "name": "book",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "operator",
            "type": "pubkey"
          },
          {
            "name": "minTier",
            "docs": [
              "The least HFMMT priority tier a maker needs to quote in this book."
            ],
            "type": "u8"
          },
          {
            "name": "quotes",
            "type": "u64"
          },
          {
            "name": "lastPrice",
            "type": "u64"
          },
          {
            "name": "lastSize",
            "type": "u64"
          },
          {
            "name": "bump",
            "type": "u8"
          }
        ]
      }
    }
  ]
};
