import { z } from 'zod';
import { consistencyQuerySchema, inclusionQuerySchema, logEntriesQuerySchema } from '@/lib/validation/log';
import { defineContract } from '../contract';

const hex = z.string().regex(/^[0-9a-f]*$/, 'lowercase hex');
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');

export const getLogCheckpoint = defineContract({
  operationId: 'getLogCheckpoint',
  method: 'GET',
  path: '/api/v1/log/checkpoint',
  tag: 'log',
  summary: 'The latest signed checkpoint (C2SP signed note: origin, tree size, base64 root hash, Ed25519 signature); signed and stored the first time a size is served',
  isPublic: true,
  response: { status: 200, description: 'A C2SP checkpoint', content: { 'text/plain': 'text' } },
});

export const listLogCheckpoints = defineContract({
  operationId: 'listLogCheckpoints',
  method: 'GET',
  path: '/api/v1/log/checkpoints',
  tag: 'log',
  summary: 'Sizes and root hashes of every checkpoint ever served: what a verifier checks consistency against',
  isPublic: true,
  response: {
    status: 200,
    content: { 'application/json': z.object({ checkpoints: z.array(z.object({ size: z.int().min(0), rootHash: hash })) }) },
  },
});

export const getLogKey = defineContract({
  operationId: 'getLogKey',
  method: 'GET',
  path: '/api/v1/log/key',
  tag: 'log',
  summary: 'The C2SP verifier key line of the log: `<key name>+<8 hex digits key hash>+<base64(0x01 ‖ Ed25519 public key)>`',
  isPublic: true,
  response: { status: 200, description: 'The verifier key line', content: { 'text/plain': 'text' } },
});

export const getLogEntries = defineContract({
  operationId: 'getLogEntries',
  method: 'GET',
  path: '/api/v1/log/entries',
  tag: 'log',
  summary:
    'Entries start ≤ index < end (at most 1000; end is cut to the log size; start beyond it: 400). Leaf hashes are public; `entry` is the canonical entry text (RFC 8785 JSON) when the caller may see its subject, else null — a signed-in caller or a bearer token may see more',
  isPublic: true,
  readsOptionalCaller: true,
  query: logEntriesQuerySchema,
  response: {
    status: 200,
    content: {
      'application/json': z.object({
        entries: z.array(z.object({ index: z.int().min(0), leafHash: hash, entry: z.string().nullable() })),
      }),
    },
  },
});

export const getInclusionProof = defineContract({
  operationId: 'getInclusionProof',
  method: 'GET',
  path: '/api/v1/log/proof/inclusion',
  tag: 'log',
  summary: 'An RFC 9162 inclusion proof of entry `index` in the tree of `treeSize` (index < treeSize ≤ the log size, else 400)',
  isPublic: true,
  query: inclusionQuerySchema,
  response: {
    status: 200,
    content: {
      'application/json': z.object({ index: z.int().min(0), treeSize: z.int().min(1), leafHash: hash, rootHash: hash, proof: z.array(hex) }),
    },
  },
});

export const getConsistencyProof = defineContract({
  operationId: 'getConsistencyProof',
  method: 'GET',
  path: '/api/v1/log/proof/consistency',
  tag: 'log',
  summary: 'An RFC 9162 consistency proof between tree sizes `from` and `to` (1 ≤ from ≤ to ≤ the log size, else 400)',
  isPublic: true,
  query: consistencyQuerySchema,
  response: {
    status: 200,
    content: { 'application/json': z.object({ from: z.int().min(1), to: z.int().min(1), fromRoot: hash, toRoot: hash, proof: z.array(hex) }) },
  },
});
