import { fromBase64, toBase64 } from '@/lib/log/bytes';
import { isTreeNumber } from '@/lib/log/bits';
import { hasControlCharacter, parseSignedNote } from '@/lib/log/signed-note';

export type Checkpoint = { origin: string; size: number; rootHash: Uint8Array; extensions: string[] };

const ROOT_HASH_SIZE = 32;

/** The C2SP tlog-checkpoint body `<origin>\n<size>\n<base64 root>\n`, the text a checkpoint signature covers. */
export function formatCheckpointBody(origin: string, size: number, rootHash: Uint8Array): string {
  if (origin === '' || hasControlCharacter(origin, false)) throw new SyntaxError('origin must be one non-empty line');
  if (!isTreeNumber(size)) throw new RangeError('size must be a non-negative safe integer');
  if (rootHash.length !== ROOT_HASH_SIZE) throw new RangeError('root hash must be 32 bytes');
  return `${origin}\n${size}\n${toBase64(rootHash)}\n`;
}

/**
 * Parses a checkpoint body, or a whole signed note (its signatures are ignored: verify them first).
 * `size` is a number, so sizes above 2^53 − 1 are rejected. Extension lines are returned as they are.
 * Throws a `SyntaxError` on a malformed checkpoint.
 */
export function parseCheckpoint(text: string): Checkpoint {
  const body = text.includes('\n\n') ? parseSignedNote(text).text : text;
  if (!body.endsWith('\n')) throw new SyntaxError('checkpoint must end in a newline');
  const lines = body.slice(0, -1).split('\n');
  if (lines.length < 3) throw new SyntaxError('checkpoint needs origin, size and root hash lines');
  const [origin, sizeText, rootText, ...extensions] = lines;
  if (origin === '') throw new SyntaxError('checkpoint origin is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) throw new SyntaxError('checkpoint size is not a decimal number');
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) throw new SyntaxError('checkpoint size is too large');
  const rootHash = fromBase64(rootText);
  if (rootHash.length !== ROOT_HASH_SIZE) throw new SyntaxError('checkpoint root hash is not 32 bytes');
  if (extensions.some((line) => line === '')) throw new SyntaxError('checkpoint extension lines must not be empty');
  return { origin, size, rootHash, extensions };
}
