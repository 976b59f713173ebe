/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at `target/idl/puppet_program.json`.
 */
export type PuppetProgram = {
  "address": "CjeNgtsjk2d4cQE1o5iuKscrwEx5atWxCQTsfWViewtx",
  "metadata": {
    "name": "puppetProgram",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
    {
      "name": "setData",
      "discriminator": [
        223,
        114,
        91,
        136,
        197,
        78,
        153,
        153
      ],
      "accounts": [
        {
          "name": "puppet",
          "writable": true
        }
      ],
      "args": [
        {
          "name": "data",
          "type": "u64"
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "data",
      "discriminator": [
        206,
        156,
        59,
        188,
        18,
        79,
        240,
        232
      ]
    }
  ],
  "types": [
    {
      "name": "data",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "data",
            "type": "u64"
          }
        ]
      }
    }
  ]
};
