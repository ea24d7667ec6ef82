// Our log, checked by code we did not write. Two independent verifiers, each skipped when it is not installed:
//  - sigstore-js (@sigstore/verify, Apache-2.0): C2SP signed-note checkpoint signatures and RFC 6962/9162
//    inclusion proofs, fed with our canonical entry bytes. It has no consistency-proof code. Install it outside the
//    repo: `npm install --prefix /tmp/thirdparty @sigstore/verify` (or point THIRD_PARTY_DIR at another prefix).
//  - bench/third-party/verify_log.py: Python standard library + `cryptography`, written from RFC 9162 and the C2SP
//    specs with no shared code: signatures, MTH over all leaves, inclusion and consistency proofs, and that every
//    proof is exactly the RFC's PATH / PROOF. Needs `python3 -c "import cryptography"` to succeed.
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz/actor';
import type { EntryType } from '@/lib/log/entry-types';
import { unsafeAppendUntypedEntry } from '@/lib/log/store/append-entry';
import {
  getConsistencyProof,
  getInclusionProof,
  getLatestCheckpoint,
  getLogEntries,
  getVerifierKey,
  listCheckpoints,
} from '@/lib/transparency-log/read-log';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

type SigstoreTlog = {
  verifyTLogInclusion: (entry: unknown, authorities: unknown[]) => void;
  verifyCheckpoint: (entry: unknown, authorities: unknown[]) => { origin: string; logSize: bigint; logHash: Buffer };
  version: string;
};

const thirdPartyDir = process.env.THIRD_PARTY_DIR ?? path.join(os.tmpdir(), 'thirdparty');
const sigstore = loadSigstore();
const hasPython = spawnSync('python3', ['-c', 'import cryptography'], { stdio: 'ignore' }).status === 0;
const pythonVerifier = path.join(process.cwd(), 'bench', 'third-party', 'verify_log.py');

// Checkpoints are published at these sizes: powers of two, odd sizes and one past a power of two.
const CHECKPOINT_SIZES = [1, 2, 3, 5, 8, 13, 64, 100, 129, 257];
const TYPES: EntryType[] = ['org.created', 'submission.created', 'evidence.added', 'certificate.issued', 'results.recorded'];
// A regulator reads every entry text (PRODUCT.md); the services only look at orgKind.
const regulator = { userId: 'third-party', orgId: 'third-party', orgKind: 'regulator' } as Actor;

let database: TestDatabase;
const notes = new Map<number, string>();
const texts: string[] = [];
let keyLine: string;

beforeAll(async () => {
  database = await createTestDatabase();
  let size = (await getLatestCheckpoint()).size;
  expect(size).toBe(0);
  for (const target of CHECKPOINT_SIZES) {
    for (; size < target; size++) {
      await database.db.transaction((tx) =>
        unsafeAppendUntypedEntry(tx, {
          type: TYPES[size % TYPES.length],
          subject: { kind: 'submission', id: crypto.randomUUID() },
          data: { n: size, note: size % 7 === 0 ? 'quotes " and \\ and ünïcode ✓' : 'plain' },
        }),
      );
    }
    notes.set(target, (await getLatestCheckpoint()).note);
  }
  for (let start = 0; start < size; start += 1000) {
    const { entries } = await getLogEntries(regulator, { start: String(start), end: String(Math.min(size, start + 1000)) });
    texts.push(...entries.map((e) => e.entry as string));
  }
  keyLine = getVerifierKey();
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

describe.skipIf(!sigstore)(`sigstore-js @sigstore/verify ${sigstore?.version ?? '(not installed)'}`, () => {
  const tlog = sigstore as SigstoreTlog;

  it('checks that our verifier key line carries the C2SP key hash of its public key', () => {
    const { keyName, keyHash, publicKey } = parseKeyLineIndependently(keyLine);
    const expected = crypto.createHash('sha256').update(Buffer.concat([Buffer.from(`${keyName}\n`), Buffer.from([1]), publicKey])).digest();
    expect(keyHash.toString('hex')).toBe(expected.subarray(0, 4).toString('hex'));
  });

  it('verifies the Ed25519 signature of every published checkpoint and reads the size and root we published', async () => {
    const published = new Map((await listCheckpoints()).checkpoints.map((c) => [c.size, c.rootHash]));
    for (const [size, note] of notes) {
      const checkpoint = tlog.verifyCheckpoint({ inclusionProof: { checkpoint: { envelope: note } } }, [authority()]);
      expect(checkpoint.logSize).toBe(BigInt(size));
      expect(checkpoint.logHash.toString('hex')).toBe(published.get(size));
    }
  });

  it('verifies the inclusion of every entry in every published checkpoint, hashing our canonical entry bytes itself', async () => {
    let checked = 0;
    for (const [size, note] of notes) {
      for (let index = 0; index < size; index++) {
        tlog.verifyTLogInclusion(await sigstoreEntry(index, size, note), [authority()]);
        checked++;
      }
    }
    expect(checked).toBe(CHECKPOINT_SIZES.reduce((a, b) => a + b, 0));
  });

  it('refuses a changed entry, a proof moved to another index, a changed signature and another key', async () => {
    const size = 257;
    const note = notes.get(size) as string;
    const entry = await sigstoreEntry(42, size, note);
    const changedBody = Buffer.from(texts[42].replace('"n":42', '"n":43'));
    expect(() => tlog.verifyTLogInclusion({ ...entry, canonicalizedBody: changedBody }, [authority()])).toThrow(/root hash/);
    const moved = { ...entry, inclusionProof: { ...entry.inclusionProof, logIndex: '43' } };
    expect(() => tlog.verifyTLogInclusion(moved, [authority()])).toThrow(/root hash/);
    const signature = Buffer.from(note.trimEnd().split(' ').pop() as string, 'base64');
    signature[10] ^= 1;
    const forged = note.replace(/[^ ]+\n$/, `${signature.toString('base64')}\n`);
    expect(() => tlog.verifyCheckpoint({ inclusionProof: { checkpoint: { envelope: forged } } }, [authority()])).toThrow(/signature/);
    const otherKey = crypto.generateKeyPairSync('ed25519').publicKey;
    expect(() => tlog.verifyCheckpoint({ inclusionProof: { checkpoint: { envelope: note } } }, [authority(otherKey)])).toThrow(/signature/);
  });
});

describe.skipIf(!hasPython)('independent Python verifier (bench/third-party/verify_log.py)', () => {
  let dumpFile: string;

  beforeAll(async () => {
    const sizes = [...notes.keys()];
    const latest = sizes[sizes.length - 1];
    const consistencyPairs = [
      ...Array.from({ length: latest }, (_, i) => [i + 1, latest]),
      ...sizes.flatMap((from) => sizes.filter((to) => to > from).map((to) => [from, to])),
    ];
    const dump = {
      checkpoint: notes.get(latest),
      key: keyLine,
      notes: sizes.map((s) => notes.get(s)),
      checkpoints: (await listCheckpoints()).checkpoints,
      entries: (await getLogEntries(regulator, { start: '0', end: String(latest) })).entries,
      inclusion: await Promise.all(
        sizes.flatMap((size) => Array.from({ length: size }, (_, index) => getInclusionProof({ index: String(index), treeSize: String(size) }))),
      ),
      consistency: await Promise.all(consistencyPairs.map(([from, to]) => getConsistencyProof({ from: String(from), to: String(to) }))),
    };
    dumpFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tl-third-party-')), 'dump.json');
    fs.writeFileSync(dumpFile, JSON.stringify(dump));
  });

  afterAll(() => {
    if (dumpFile) fs.rmSync(path.dirname(dumpFile), { recursive: true, force: true });
  });

  it('verifies signatures, the tree hash, every inclusion and consistency proof, and that each is the RFC 9162 one', () => {
    const run = spawnSync('python3', [pythonVerifier, '--dump', dumpFile], { encoding: 'utf8' });
    expect(run.stdout).toContain('ALL CHECKS PASSED');
    expect(run.stdout).toMatch(/OK {2}(\d+) inclusion proofs verified \(RFC 9162 2\.1\.3\.2\); \1 equal to PATH/);
    expect(run.stdout).toMatch(/OK {2}(\d+) consistency proofs verified \(RFC 9162 2\.1\.4\.2\); \1 equal to PROOF/);
    expect(run.status).toBe(0);
  });

  it('fails on a changed consistency proof hash and on a changed entry text', () => {
    const dump = JSON.parse(fs.readFileSync(dumpFile, 'utf8'));
    const withBadProof = structuredClone(dump);
    const proof = withBadProof.consistency.find((p: { proof: string[] }) => p.proof.length > 2).proof;
    proof[1] = proof[1].replace(/^./, (c: string) => (c === '0' ? '1' : '0'));
    const withBadEntry = structuredClone(dump);
    withBadEntry.entries[7].entry = withBadEntry.entries[7].entry.replace('"n":7', '"n":8');
    for (const [name, bad] of [['proof', withBadProof], ['entry', withBadEntry]] as const) {
      const file = path.join(path.dirname(dumpFile), `bad-${name}.json`);
      fs.writeFileSync(file, JSON.stringify(bad));
      const run = spawnSync('python3', [pythonVerifier, '--dump', file], { encoding: 'utf8' });
      expect(run.stdout).toContain('FAILED');
      expect(run.status).toBe(1);
    }
  });
});

function loadSigstore(): SigstoreTlog | null {
  try {
    const load = createRequire(path.join(thirdPartyDir, 'index.js'));
    const { verifyTLogInclusion } = load('@sigstore/verify/dist/tlog/index.js');
    const { verifyCheckpoint } = load('@sigstore/verify/dist/tlog/checkpoint.js');
    return { verifyTLogInclusion, verifyCheckpoint, version: load('@sigstore/verify/package.json').version };
  } catch {
    return null;
  }
}

// Written from c2sp.org/signed-note, not with lib/log: <name>+<hex key hash>+<base64(0x01 ‖ 32-byte key)>.
function parseKeyLineIndependently(line: string) {
  const [keyName, hashHex, ...rest] = line.trim().split('+');
  const raw = Buffer.from(rest.join('+'), 'base64');
  expect(raw.length).toBe(33);
  expect(raw[0]).toBe(1);
  return { keyName, keyHash: Buffer.from(hashHex, 'hex'), publicKey: raw.subarray(1) };
}

// sigstore finds the log by the note's 4-byte key hint (the C2SP key hash) and its key name.
function authority(publicKey?: crypto.KeyObject) {
  const { keyName, keyHash, publicKey: raw } = parseKeyLineIndependently(keyLine);
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]);
  return {
    logID: Buffer.concat([keyHash, Buffer.alloc(28)]),
    publicKey: publicKey ?? crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }),
    baseURL: keyName,
    validFor: { start: new Date(0), end: new Date(8.64e15) },
  };
}

// A Rekor-style transparency log entry whose canonicalized body is our canonical entry text.
async function sigstoreEntry(index: number, size: number, note: string) {
  const proof = await getInclusionProof({ index: String(index), treeSize: String(size) });
  const logId = authority().logID;
  return {
    logIndex: String(index),
    logId: { keyId: logId },
    kindVersion: { kind: 'trustledger', version: '1' },
    canonicalizedBody: Buffer.from(texts[index], 'utf8'),
    inclusionProof: {
      logIndex: String(index),
      treeSize: String(size),
      rootHash: Buffer.from(proof.rootHash, 'hex'),
      hashes: proof.proof.map((h) => Buffer.from(h, 'hex')),
      checkpoint: { envelope: note },
    },
  };
}
