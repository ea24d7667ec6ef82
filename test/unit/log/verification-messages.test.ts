import { describe, expect, it } from 'vitest';
import { formatCheckpointBody } from '@/lib/log/checkpoint';
import { checkRootHashInput, checkTreeSizeInput, checkVerifierKeyInput } from '@/lib/log/input-check';
import { formatLogPrivateKey, formatVerifierKey, generateLogKey, loadLogSigner } from '@/lib/log/log-key';
import { leafHash, nodeHash } from '@/lib/log/merkle';
import { encodeUtf8, toBase64, toHex } from '@/lib/log/bytes';
import { signNote } from '@/lib/log/note-signature';
import { verifyConsistencyInBrowser } from '@/app/(public)/log/_components/verify-consistency';
import type { FetchLike } from '@/app/(public)/log/_components/log-api';

function newKey(name: string) {
  const { seed, publicKey } = generateLogKey();
  return { signer: loadLogSigner(formatLogPrivateKey(name, seed)), verifierKey: formatVerifierKey(name, publicKey) };
}

// A two-entry log: the tree of 1 is leaf 0, the tree of 2 is node(leaf 0, leaf 1); the consistency proof 1 → 2 is [leaf 1].
const leaf0 = leafHash(encodeUtf8('entry 0'));
const leaf1 = leafHash(encodeUtf8('entry 1'));
const root2 = nodeHash(leaf0, leaf1);
const logKey = newKey('log.example');
const checkpointNote = signNote(formatCheckpointBody('log.example/test', 2, root2), logKey.signer);

function fakeLog(): { fetchImpl: FetchLike; calls: string[] } {
  const calls: string[] = [];
  const fetchImpl: FetchLike = async (input) => {
    calls.push(input);
    const path = input.split('?')[0];
    if (path === '/api/v1/log/checkpoint') return new Response(checkpointNote);
    if (path === '/api/v1/log/key') return new Response(`${logKey.verifierKey}\n`);
    if (path === '/api/v1/log/proof/consistency') {
      return Response.json({ from: 1, to: 2, fromRoot: toHex(leaf0), toRoot: toHex(root2), proof: [toHex(leaf1)] });
    }
    return new Response('not found', { status: 404 });
  };
  return { fetchImpl, calls };
}

describe('reader input checks', () => {
  it('accepts a root as 64 hex digits or base64 of 32 bytes, and says why anything else is not one', () => {
    expect(checkRootHashInput(` ${'AB'.repeat(32)} `)).toEqual({ ok: true, value: 'ab'.repeat(32) });
    expect(checkRootHashInput(toBase64(root2))).toEqual({ ok: true, value: toHex(root2) });
    expect(checkRootHashInput('abc123')).toEqual({ ok: false, reason: 'it has 6 hex digits, 64 expected' });
    expect(checkRootHashInput(toBase64(new Uint8Array(31)))).toEqual({ ok: false, reason: 'it decodes to 31 bytes, 32 expected' });
    expect(checkRootHashInput('not a hash!')).toEqual({ ok: false, reason: 'it is neither 64 hex digits nor base64' });
  });

  it('accepts a well-formed key line and refuses a truncated one or one whose key hash is not its own', async () => {
    expect((await checkVerifierKeyInput(logKey.verifierKey)).ok).toBe(true);
    expect(await checkVerifierKeyInput('log.example+abcd')).toEqual({ ok: false, reason: 'verifier key must have three +-separated fields' });
    // The base64 key may itself contain '+': only the first two separate fields.
    const [name, , ...key] = logKey.verifierKey.split('+');
    const spliced = await checkVerifierKeyInput(`${name}+00000000+${key.join('+')}`);
    expect(spliced.ok).toBe(false);
    if (!spliced.ok) expect(spliced.reason).toMatch(/^its key hash 00000000 does not belong to its key/);
  });

  it('checks an earlier size against the signed size', () => {
    expect(checkTreeSizeInput(2, 2)).toEqual({ ok: true, value: 2 });
    expect(checkTreeSizeInput(0, 2).ok).toBe(false);
    expect(checkTreeSizeInput(3, 2)).toEqual({ ok: false, reason: 'the log has only 2 entries signed' });
  });
});

describe('consistency check outcomes', () => {
  it('passes for an honest log and the root the reader recorded', async () => {
    const { fetchImpl } = fakeLog();
    const report = await verifyConsistencyInBrowser(1, { recordedRoot: toHex(leaf0), fetchImpl });
    expect(report).toMatchObject({ ok: true, outcome: 'passed', nextSteps: [] });
  });

  it('calls a mistyped root hash not valid, neutrally, before fetching anything', async () => {
    const { fetchImpl, calls } = fakeLog();
    const report = await verifyConsistencyInBrowser(1, { recordedRoot: toHex(leaf0).slice(0, 60), fetchImpl });
    expect(report.outcome).toBe('invalid');
    expect(report.summary).toBe('This is not a valid root hash: it has 60 hex digits, 64 expected.');
    expect(calls).toEqual([]);
  });

  it('calls a malformed pinned key not valid, and an earlier size beyond the log not valid', async () => {
    const { fetchImpl } = fakeLog();
    const badKey = await verifyConsistencyInBrowser(1, { pinnedKey: 'log.example+zz+abc', fetchImpl });
    expect(badKey.outcome).toBe('invalid');
    expect(badKey.summary).toMatch(/^This is not a valid key: /);
    const tooBig = await verifyConsistencyInBrowser(5, { fetchImpl });
    expect(tooBig).toMatchObject({ outcome: 'invalid', summary: 'This is not a valid earlier size: the log has only 2 entries signed.' });
  });

  it('raises the alarm, with next steps, for a well-formed root that the log does not lead to', async () => {
    const { fetchImpl } = fakeLog();
    const report = await verifyConsistencyInBrowser(1, { recordedRoot: toHex(leaf1), fetchImpl });
    expect(report.outcome).toBe('failed');
    expect(report.summary).toMatch(/^The log could not be shown consistent with its tree of 1 entry\. Failed step: /);
    expect(report.nextSteps.length).toBeGreaterThan(1);
  });

  it('raises the alarm for a valid key that did not sign the checkpoint', async () => {
    const { fetchImpl } = fakeLog();
    const report = await verifyConsistencyInBrowser(1, { pinnedKey: newKey('log.example').verifierKey, fetchImpl });
    expect(report.outcome).toBe('failed');
    expect(report.summary).toContain('Find the log key signature');
  });
});
