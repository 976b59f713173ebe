/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/big_board_tail_program.json`.
 */
export type BigBoardTailProgram = {
  "address": "HSeSVdiGN6FwVjRBR5xLaUSdQ1LHWHf5EzAPQZ8eRc9b",
  "metadata": {
    "name": "bigBoardTailProgram",
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
          "signer": true
        },
        {
          "name": "ledger",
          "writable": true
        }
      ],
      "args": []
    },
    {
      "name": "stamp",
      "discriminator": [
        40,
        61,
        231,
        26,
        193,
        245,
        42,
        11
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
          "name": "index",
          "type": "u64"
        },
        {
          "name": "value",
          "type": "u64"
        },
        {
          "name": "limit",
          "type": "u64"
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
  "errors": [
    {
      "code": 6000,
      "name": "limitReached",
      "msg": "The ledger has been stamped as often as allowed"
    }
  ],
  "types": [
    {
      "name": "ledger",
      "serialization": "bytemuck",
      "repr": {
        "kind": "c"
      },
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "entries",
            "type": {
              "array": [
                "u64",
                10000
              ]
            }
          },
          {
            "name": "owner",
            "type": "pubkey"
          },
          {
            "name": "stamps",
            "type": "u64"
          }
        ]
      }
    }
  ]
};
