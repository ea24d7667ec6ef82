export type SniffedMediaType =
  | 'application/json'
  | 'application/pdf'
  | 'application/zip'
  | 'application/gzip'
  | 'application/octet-stream';

/** How many leading bytes `sniffMediaType` wants to see. */
export const SNIFF_BYTES = 1024;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // local file header
  [0x50, 0x4b, 0x05, 0x06], // empty archive
  [0x50, 0x4b, 0x07, 0x08], // spanned archive
];
const GZIP = [0x1f, 0x8b];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Guesses a media type from the first bytes of a file. Only a hint for
 * display and download headers, never a validation: "application/json" means
 * the first non-blank character is `{`, nothing more. Anything not recognised
 * is "application/octet-stream"; the client's Content-Type is never trusted.
 */
export function sniffMediaType(head: Uint8Array): SniffedMediaType {
  if (startsWith(head, PDF)) return 'application/pdf';
  if (ZIP_SIGNATURES.some((signature) => startsWith(head, signature))) return 'application/zip';
  if (startsWith(head, GZIP)) return 'application/gzip';
  if (head[firstNonBlank(head)] === 0x7b) return 'application/json';
  return 'application/octet-stream';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

function firstNonBlank(bytes: Uint8Array): number {
  let i = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (i < bytes.length && isJsonWhitespace(bytes[i])) i++;
  return i;
}

function isJsonWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
