import type { CollectionDocument } from './commands/import-advisory-collection';

/**
 * The documents of a newline-delimited JSON stream (one advisory per line; blank lines skipped;
 * CRLF accepted), read as the bytes arrive: at most one line is held, and a line longer than
 * `maxLineBytes` is passed on refused, without its bytes being kept. Each document
 * is named "line N" for the report.
 */
export async function* ndjsonDocuments(body: AsyncIterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<CollectionDocument> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let line = 0;
  const finish = function* () {
    line++;
    const bytes = tooLarge ? Buffer.alloc(0) : trimLine(Buffer.concat(parts, size));
    const wasTooLarge = tooLarge;
    parts = [];
    size = 0;
    tooLarge = false;
    if (wasTooLarge) yield { name: `line ${line}`, bytes, refused: `it is larger than ${maxLineBytes} bytes` };
    else if (bytes.length > 0) yield { name: `line ${line}`, bytes };
  };
  for await (const chunk of body) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      yield* finish();
      start = nl + 1;
    }
    take(chunk.subarray(start));
  }
  if (size > 0 || tooLarge) yield* finish();

  function take(piece: Uint8Array) {
    if (tooLarge || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      tooLarge = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(Buffer.from(piece));
    size += piece.length;
  }
}

const WHITESPACE = new Set([0x20, 0x09, 0x0d]);
function trimLine(bytes: Buffer): Buffer {
  let start = 0;
  let end = bytes.length;
  while (start < end && WHITESPACE.has(bytes[start])) start++;
  while (end > start && WHITESPACE.has(bytes[end - 1])) end--;
  return bytes.subarray(start, end);
}
