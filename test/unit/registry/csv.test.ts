import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '@/lib/registry/csv';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Aurora gNB')).toBe('Aurora gNB');
    expect(csvCell('2026-01-02T03:04:05.000Z')).toBe('2026-01-02T03:04:05.000Z');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell("'=1")).toBe("''=1");
  });

  it('writes empty cells for null and undefined, and booleans and numbers as text', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('csvLine', () => {
  it('joins cells with commas and ends with CRLF', () => {
    expect(csvLine(['a', 'b,c', null, false])).toBe('a,"b,c",,false\r\n');
  });
});
