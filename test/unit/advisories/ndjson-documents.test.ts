import { describe, expect, it } from 'vitest';
import { ndjsonDocuments } from '@/lib/advisories/ndjson-documents';

async function read(chunks: string[], max = 1_000) {
  const out = [];
  for await (const d of ndjsonDocuments((async function* () { for (const c of chunks) yield new TextEncoder().encode(c); })(), max)) {
    out.push({ name: d.name, text: new TextDecoder().decode(d.bytes), refused: d.refused });
  }
  return out;
}

describe('newline-delimited documents', () => {
  it('splits at newlines wherever the chunks break, skips blank lines, accepts CRLF and a last line without newline', async () => {
    expect(await read(['{"a"', ':1}\r\n\n  \n{"b":2}\n{"c"', ':3}'])).toEqual([
      { name: 'line 1', text: '{"a":1}', refused: undefined },
      { name: 'line 4', text: '{"b":2}', refused: undefined },
      { name: 'line 5', text: '{"c":3}', refused: undefined },
    ]);
  });

  it('passes a line over the limit on as refused, without its bytes, and goes on with the next', async () => {
    const long = `{"x":"${'y'.repeat(40)}"}`;
    expect(await read([`${long.slice(0, 20)}`, `${long.slice(20)}\n{"ok":1}\n${long}`], 30)).toEqual([
      { name: 'line 1', text: '', refused: 'it is larger than 30 bytes' },
      { name: 'line 2', text: '{"ok":1}', refused: undefined },
      { name: 'line 3', text: '', refused: 'it is larger than 30 bytes' },
    ]);
  });
});
