import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex } from '@/lib/log/bytes';
import { formatCheckpointBody, parseCheckpoint } from '@/lib/log/checkpoint';
import { signCheckpoint, verifyCheckpoint } from '@/lib/log/checkpoint-signature';
import { formatLogPrivateKey, formatVerifierKey, generateLogKey, loadLogSigner } from '@/lib/log/log-key';
import { leafHash, rootFromLeafHashes } from '@/lib/log/merkle';
import { signNote, verifySignedNote } from '@/lib/log/note-signature';
import { formatSignedNote, parseSignedNote } from '@/lib/log/signed-note';
import { parseVerifierKey } from '@/lib/log/verifier-key';
import { vectors } from './load-vectors';

const tessera = vectors.tessera_testdata_log;
const peter = vectors.signed_notes.find((v) => v.skey !== undefined)!;

describe('published signed notes', () => {
  it.each(vectors.signed_notes)('$name verifies with its key', (vector) => {
    const result = verifySignedNote(vector.note, vector.vkey);
    expect(result).toEqual({ ok: vector.expect_valid, text: vector.text, keyName: parseVerifierKey(vector.vkey).keyName });
  });

  it('ignores signatures by other keys (two signatures, one trusted)', () => {
    const twoSigs = vectors.signed_notes.find((v) => v.expect_verified_names !== undefined)!;
    const enoch = vectors.signed_notes.find((v) => v.name === 'go-sumdb-note-enoch')!;
    expect(parseSignedNote(twoSigs.note).signatures.map((s) => s.keyName)).toEqual(['PeterNeumann', 'EnochRoot']);
    expect(verifySignedNote(twoSigs.note, twoSigs.vkey)).toMatchObject({ ok: true, keyName: 'PeterNeumann' });
    expect(verifySignedNote(twoSigs.note, enoch.vkey)).toMatchObject({ ok: true, keyName: 'EnochRoot' });
  });

  it('re-signs the Go note byte for byte with its published private key', () => {
    const signer = loadLogSigner(peter.skey!);
    expect(signer.verifierKey).toBe(peter.vkey);
    expect(signNote(peter.text, signer)).toBe(peter.note);
  });

  it('formats verifier keys exactly as published', () => {
    for (const vector of vectors.signed_notes) {
      const key = parseVerifierKey(vector.vkey);
      expect(formatVerifierKey(key.keyName, key.publicKey)).toBe(vector.vkey);
    }
  });
});

describe('rejected notes', () => {
  const good = peter.note;
  const enochKey = vectors.signed_notes.find((v) => v.name === 'go-sumdb-note-enoch')!.vkey;

  it.each([
    ['a changed text', good.replace('cryptography', 'Cryptography')],
    ['a changed signature', good.replace('x08go/', 'x08go+')],
    ['no blank line', good.replace('\n\n', '\n')],
    ['a missing final newline', good.slice(0, -1)],
    ['a hyphen instead of an em dash', good.replace('\u2014', '-')],
    ['a truncated signature', good.replace(/ [A-Za-z0-9+/=]+\n$/, ' AAAA\n')],
    ['a control character', good.replace('answer', 'ans\twer')],
    ['invalid base64', good.replace('=\n', '\n')],
  ])('%s', (_, note) => {
    expect(verifySignedNote(note, peter.vkey).ok).toBe(false);
  });

  it('a note signed by another key only', () => {
    expect(verifySignedNote(good, enochKey)).toEqual({ ok: false, reason: 'note has no signature by EnochRoot' });
  });

  it('a verifier key whose hash does not match its public key', () => {
    const forged = peter.vkey.replace('c74f20a3', 'c74f20a4');
    expect(verifySignedNote(good, forged)).toEqual({ ok: false, reason: 'verifier key hash does not match its public key' });
  });

  it('a signature from a key with the right name and hash but another public key', () => {
    const impostor = loadLogSigner(formatLogPrivateKey('PeterNeumann', generateLogKey().seed));
    const [signature] = parseSignedNote(signNote(peter.text, impostor)).signatures;
    const sameNameAndHash = formatSignedNote(peter.text, [{ ...signature, keyHash: fromHex('c74f20a3') }]);
    expect(verifySignedNote(sameNameAndHash, peter.vkey)).toEqual({ ok: false, reason: 'signature by PeterNeumann does not verify' });
  });

  it.each(['', 'PeterNeumann+c74f20a3', 'Peter Neumann+c74f20a3+ARpc', 'PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW'])(
    'malformed verifier key %j',
    (line) => {
      expect(verifySignedNote(good, line).ok).toBe(false);
    },
  );
});

describe('checkpoints', () => {
  it('formats and parses the go.sum tree note', () => {
    const note = vectors.go_sumdb_tree_note;
    const root = leafHash(new TextEncoder().encode(note.root_is_leaf_hash_of));
    expect(formatCheckpointBody(note.origin, note.size, root)).toBe(note.text);
    const parsed = parseCheckpoint(note.text);
    expect({ ...parsed, rootHash: toHex(parsed.rootHash) }).toEqual({ origin: note.origin, size: note.size, rootHash: toHex(root), extensions: [] });
  });

  it('has the tessera test log leaves and roots', () => {
    const leaves = tessera.entries_utf8.map((entry) => leafHash(new TextEncoder().encode(entry)));
    expect(tessera.entries_hex).toEqual(tessera.entries_utf8.map((e) => toHex(new TextEncoder().encode(e))));
    expect(leaves.map(toHex)).toEqual(tessera.level0_tile_hex);
    for (const { size, note } of tessera.checkpoints) {
      const checkpoint = parseCheckpoint(note);
      expect(checkpoint.origin).toBe(tessera.origin);
      expect(checkpoint.size).toBe(size);
      expect(toHex(checkpoint.rootHash)).toBe(toHex(rootFromLeafHashes(leaves.slice(0, size))));
    }
  });

  it.each(tessera.checkpoints)('reproduces and verifies the tessera checkpoint of size $size', ({ size, note }) => {
    const signer = loadLogSigner(tessera.skey);
    expect(signer.verifierKey).toBe(tessera.vkey);
    const leaves = tessera.entries_utf8.slice(0, size).map((entry) => leafHash(new TextEncoder().encode(entry)));
    expect(signCheckpoint({ origin: tessera.origin, size, rootHash: rootFromLeafHashes(leaves) }, signer)).toBe(note);
    expect(verifyCheckpoint(note, tessera.vkey, tessera.origin)).toMatchObject({ ok: true, checkpoint: { size } });
  });

  it('rejects a checkpoint from another origin or with a forged size', () => {
    const { note } = tessera.checkpoints[5];
    expect(verifyCheckpoint(note, tessera.vkey, 'example.com/other').ok).toBe(false);
    expect(verifyCheckpoint(note.replace('\n5\n', '\n6\n'), tessera.vkey).ok).toBe(false);
  });

  it('keeps extension lines and refuses malformed bodies', () => {
    const root = toBase64(new Uint8Array(32));
    expect(parseCheckpoint(`o\n1\n${root}\next one\n`).extensions).toEqual(['ext one']);
    for (const body of [`o\n01\n${root}\n`, `o\n-1\n${root}\n`, `\n1\n${root}\n`, `o\n1\n${root}`, `o\n1\nAAAA\n`, `o\n1\n`, `o\n1\n${root}\n\n`, `o\n99999999999999999\n${root}\n`]) {
      expect(() => parseCheckpoint(body), JSON.stringify(body)).toThrow(SyntaxError);
    }
  });
});

describe('log keys', () => {
  it('generates a key that round-trips through the private key format and signs verifiable checkpoints', () => {
    const { seed, publicKey } = generateLogKey();
    expect(seed.length).toBe(32);
    const privateKey = formatLogPrivateKey('trustledger.example/log', seed);
    expect(privateKey).toMatch(/^PRIVATE\+KEY\+trustledger\.example\/log\+[0-9a-f]{8}\+A[A-Za-z0-9+/]{43}$/);
    const signer = loadLogSigner(privateKey);
    expect(toHex(signer.publicKey)).toBe(toHex(publicKey));
    const note = signCheckpoint({ origin: 'trustledger.example/log', size: 3, rootHash: new Uint8Array(32).fill(7) }, signer);
    expect(verifyCheckpoint(note, signer.verifierKey, 'trustledger.example/log')).toMatchObject({ ok: true });
  });

  it('refuses private keys with a wrong hash or a malformed body', () => {
    const wrongHash = tessera.skey.replace('33d7b496', '33d7b497');
    expect(() => loadLogSigner(wrongHash)).toThrow('does not match');
    expect(() => loadLogSigner(tessera.vkey)).toThrow(SyntaxError);
    expect(() => loadLogSigner(tessera.skey.slice(0, -4))).toThrow();
    expect(fromBase64(tessera.skey.split('+').slice(4).join('+'))[0]).toBe(1);
  });
});
