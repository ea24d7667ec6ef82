import { EvidenceError } from './errors';

export const MAX_FILENAME_LENGTH = 200;
const MAX_RAW_FILENAME_LENGTH = 4096;
const MAX_EXTENSION_LENGTH = 20;
const FALLBACK_FILENAME = 'download';

// Cc: C0, DEL, C1. Cf: bidi embeddings/overrides/isolates, LRM/RLM/ALM,
// zero-width space/joiners, BOM, soft hyphen, tag characters. Cs: lone
// surrogates, which cannot be encoded as UTF-8. Zl/Zp: line breaks.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/gu;

/**
 * Cleans a client-supplied file name for storage as metadata (it is never a
 * path: blobs are stored by digest). Keeps the last path segment for both `/`
 * and `\`, removes control, format and bidi characters (so
 * "invoice\u202Egnp.exe" cannot pose as a PNG), NFC-normalises, trims dots and
 * spaces from both ends, and shortens to 200 code points keeping an extension
 * of up to 20. Idempotent. Throws `EvidenceError('invalid_filename')` (400)
 * when nothing is left or the input is absurdly long (> 4096).
 */
export function sanitizeFilename(raw: string): string {
  if (raw.length > MAX_RAW_FILENAME_LENGTH) {
    throw new EvidenceError('invalid_filename', `The file name is longer than ${MAX_RAW_FILENAME_LENGTH} characters.`);
  }
  const visible = raw.replace(INVISIBLE_OR_CONTROL, '').normalize('NFC');
  const lastSegment = visible.slice(Math.max(visible.lastIndexOf('/'), visible.lastIndexOf('\\')) + 1);
  const name = truncateKeepingExtension(lastSegment.replace(EDGE_DOTS_AND_SPACES, ''));
  if (name === '') {
    throw new EvidenceError(
      'invalid_filename',
      'The file name is empty once paths and control characters are removed.',
    );
  }
  return name;
}

/**
 * A `Content-Disposition` value that makes browsers download `filename`
 * rather than display it (RFC 6266): a plain-ASCII `filename` for old clients
 * and the exact name as `filename*` (RFC 8187, UTF-8, percent-encoded). Safe
 * for any input: the name is sanitised again and nothing outside printable
 * ASCII, nor `"` `\` `/` `%` `;`, ever reaches the header unencoded.
 */
export function contentDispositionAttachment(filename: string): string {
  let name: string;
  try {
    name = sanitizeFilename(filename);
  } catch {
    name = FALLBACK_FILENAME;
  }
  return `attachment; filename="${toAsciiFallback(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}

function truncateKeepingExtension(name: string): string {
  const codePoints = Array.from(name);
  if (codePoints.length <= MAX_FILENAME_LENGTH) return name;
  const dot = codePoints.lastIndexOf('.');
  const extension = dot > 0 && codePoints.length - dot <= MAX_EXTENSION_LENGTH + 1 ? codePoints.slice(dot) : [];
  const stem = codePoints.slice(0, MAX_FILENAME_LENGTH - extension.length).join('').replace(EDGE_DOTS_AND_SPACES, '');
  return stem + extension.join('');
}

function toAsciiFallback(name: string): string {
  const fallback = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\/%;]/g, '_');
  return fallback.replace(/^[\s._]+$/, '') === '' ? FALLBACK_FILENAME : fallback;
}

// RFC 8187 attr-char allows ALPHA DIGIT ! # $ & + - . ^ _ ` | ~; encodeURIComponent
// also leaves ' ( ) * alone, which attr-char does not allow.
function encodeRfc8187(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
