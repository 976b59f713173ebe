// emitTsTypes: target/types/<name>.ts exactly as the Anchor CLI writes it (its `idl_ts`).
import { describe, expect, it } from 'vitest';
import { emitIdl, emitTsTypes } from '../../src/backends/idl/index.js';
import { lowerCamelCase, upperCamelCase } from '../../src/backends/idl/heck.js';
import { counterProgram, pollProgram } from './programs.js';

const pollTypes = (): string => emitTsTypes(emitIdl(pollProgram()));

describe('emitTsTypes', () => {
  it('writes the counter types file byte for byte', () => {
    expect(emitTsTypes(emitIdl(counterProgram()))).toBe(COUNTER_TYPES);
  });

  it('names the type after the program in PascalCase and camelCases metadata.name', () => {
    expect(pollTypes()).toContain('export type PollProgram = {\n');
    expect(pollTypes()).toContain('"name": "pollProgram",');
  });

  it('camelCases instruction, account-item, field and type names', () => {
    const text = pollTypes();
    for (const name of ['castVote', 'closeBallot', 'systemProgram', 'pollId', 'pollOption', 'voteCast', 'alreadyVoted']) {
      expect(text).toContain(`"name": "${name}"`);
    }
  });

  it('leaves dotted seed paths as written but camelCases their account type', () => {
    expect(pollTypes()).toContain('"path": "poll.poll_id",\n                "account": "poll"');
  });

  it('camelCases a one-word error message, as Anchor\'s regex does, but not a sentence', () => {
    expect(pollTypes()).toContain('"msg": "unauthorized"');
    expect(pollTypes()).toContain('"msg": "The poll is closed"');
  });

  it('never rewrites a base58 public key', () => {
    expect(pollTypes()).toContain('"address": "2LgHA9kAiG3pDC8LLmyEdD6GZuyMsXYsKP3A5fgqNYkQ"');
  });
});

describe('heck word splitting', () => {
  it('lowerCamelCase splits on underscores, case changes and acronyms', () => {
    expect(['set_data', 'CustomError', 'HTTPServer', 'token_account2', 'u128', '__x__y', 'field1Name'].map(lowerCamelCase))
      .toEqual(['setData', 'customError', 'httpServer', 'tokenAccount2', 'u128', 'xY', 'field1Name']);
  });

  it('upperCamelCase capitalises every word', () => {
    expect(['vote_program', 'hello_with_anchor', 'counter'].map(upperCamelCase)).toEqual(['VoteProgram', 'HelloWithAnchor', 'Counter']);
  });
});

const COUNTER_TYPES = `/**
 * Program IDL in camelCase format in order to be used in JS/TS.
 *
 * Note that this is only a type helper and is not the actual IDL. The original
 * IDL can be found at \`target/idl/counter.json\`.
 */
export type Counter = {
  "address": "Fg6PaFpoGXkYsidMpWTK6W2BeZ7FEfcYkg476zPFsLnS",
  "metadata": {
    "name": "counter",
    "version": "0.1.0",
    "spec": "0.1.0",
    "description": "Created with Anchor"
  },
  "instructions": [
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
          "name": "payer",
          "writable": true,
          "signer": true
        },
        {
          "name": "counter",
          "writable": true,
          "pda": {
            "seeds": [
              {
                "kind": "const",
                "value": [
                  99,
                  111,
                  117,
                  110,
                  116,
                  101,
                  114
                ]
              },
              {
                "kind": "account",
                "path": "payer"
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
          "name": "start",
          "type": "u64"
        }
      ]
    }
  ],
  "accounts": [
    {
      "name": "counter",
      "discriminator": [
        255,
        176,
        4,
        245,
        188,
        253,
        124,
        25
      ]
    }
  ],
  "events": [
    {
      "name": "counterInitialized",
      "discriminator": [
        115,
        205,
        233,
        189,
        129,
        219,
        117,
        64
      ]
    }
  ],
  "errors": [
    {
      "code": 6000,
      "name": "overflow",
      "msg": "Counter overflowed"
    }
  ],
  "types": [
    {
      "name": "counter",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "authority",
            "type": "pubkey"
          },
          {
            "name": "count",
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
      "name": "counterInitialized",
      "type": {
        "kind": "struct",
        "fields": [
          {
            "name": "counter",
            "type": "pubkey"
          },
          {
            "name": "start",
            "type": "u64"
          }
        ]
      }
    }
  ]
};
`;
