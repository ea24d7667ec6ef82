import { concatBytes, fromBase64, toBase64 } from '@/lib/log/bytes';

export type NoteSignature = { keyName: string; keyHash: Uint8Array; signature: Uint8Array };

export type SignedNote = { text: string; signatures: NoteSignature[] };

const SIGNATURE_PREFIX = '\u2014 ';
const MAX_NOTE_LENGTH = 1_000_000;
const MAX_SIGNATURES = 100;
const KEY_HASH_SIZE = 4;

/** True when `name` is a valid C2SP key name: non-empty, no Unicode spaces, no '+'. */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !hasControlCharacter(name, false) && name.isWellFormed();
}

/** Throws a `SyntaxError` unless `text` can be signed: non-empty, ends in a newline, no other control characters. */
export function assertNoteText(text: string): void {
  if (!text.endsWith('\n')) throw new SyntaxError('note text must end in a newline');
  if (hasControlCharacter(text, true)) throw new SyntaxError('note text contains a control character');
  if (!text.isWellFormed()) throw new SyntaxError('note text is not valid Unicode');
}

/**
 * Splits a C2SP signed note into its text (with its final newline) and signature lines
 * (`— <key name> <base64(4-byte key hash ‖ signature)>`). The text ends at the last blank line.
 * Throws a `SyntaxError` on a malformed note; does not verify anything.
 */
export function parseSignedNote(note: string): SignedNote {
  if (note.length > MAX_NOTE_LENGTH) throw new SyntaxError('note is too large');
  if (hasControlCharacter(note, true) || !note.isWellFormed()) throw new SyntaxError('note contains a forbidden character');
  const split = note.lastIndexOf('\n\n');
  if (split < 0) throw new SyntaxError('note has no blank line before its signatures');
  const text = note.slice(0, split + 1);
  const block = note.slice(split + 2);
  if (block === '' || !block.endsWith('\n')) throw new SyntaxError('note signatures must end in a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new SyntaxError('note has too many signatures');
  return { text, signatures: lines.map(parseSignatureLine) };
}

/** One signature line, with its trailing newline. */
export function formatSignatureLine(signature: NoteSignature): string {
  return `${SIGNATURE_PREFIX}${signature.keyName} ${toBase64(concatBytes(signature.keyHash, signature.signature))}\n`;
}

/** A signed note from its text and signatures (the text must already satisfy `assertNoteText`). */
export function formatSignedNote(text: string, signatures: readonly NoteSignature[]): string {
  assertNoteText(text);
  if (signatures.length === 0) throw new RangeError('a signed note needs at least one signature');
  return `${text}\n${signatures.map(formatSignatureLine).join('')}`;
}

/** True when `text` has an ASCII control character (below U+0020), newlines excepted when `isNewlineAllowed`. */
export function hasControlCharacter(text: string, isNewlineAllowed: boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !(isNewlineAllowed && code === 0x0a)) return true;
  }
  return false;
}

function parseSignatureLine(line: string): NoteSignature {
  if (!line.startsWith(SIGNATURE_PREFIX)) throw new SyntaxError('signature line must start with an em dash and a space');
  const rest = line.slice(SIGNATURE_PREFIX.length);
  const space = rest.indexOf(' ');
  if (space < 0) throw new SyntaxError('signature line has no signature');
  const keyName = rest.slice(0, space);
  if (!isValidKeyName(keyName)) throw new SyntaxError('signature line has an invalid key name');
  const bytes = fromBase64(rest.slice(space + 1));
  if (bytes.length <= KEY_HASH_SIZE) throw new SyntaxError('signature is too short');
  return { keyName, keyHash: bytes.slice(0, KEY_HASH_SIZE), signature: bytes.slice(KEY_HASH_SIZE) };
}
