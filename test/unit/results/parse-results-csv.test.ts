import { describe, expect, it } from 'vitest';
import { parseResultsCsv, type ParseResultsCsvOutcome } from '@/lib/results/parse-results-csv';
import { formatResultsCsv } from '@/lib/results/format-results-csv';

const EVIDENCE = '0b6f2a8e-4c1d-4e5f-9a7b-3c2d1e0f9a8b';

function rowsOf(outcome: ParseResultsCsvOutcome) {
  if (!outcome.ok) throw new Error(`expected rows, got errors ${JSON.stringify(outcome.errors)}`);
  return outcome.rows;
}
function errorsOf(outcome: ParseResultsCsvOutcome) {
  if (outcome.ok) throw new Error(`expected errors, got rows ${JSON.stringify(outcome.rows)}`);
  return outcome.errors;
}

describe('parseResultsCsv', () => {
  it('reads the header and rows, with notes optional', () => {
    expect(rowsOf(parseResultsCsv('testCaseId,result,notes\n33.117-4.2.1,pass,all good\n33.117-4.2.2,fail,\n'))).toEqual([
      { line: 2, testCaseId: '33.117-4.2.1', result: 'pass', notes: 'all good' },
      { line: 3, testCaseId: '33.117-4.2.2', result: 'fail' },
    ]);
    expect(rowsOf(parseResultsCsv('testCaseId,result\n33.117-4.2.1,inconclusive'))).toEqual([
      { line: 2, testCaseId: '33.117-4.2.1', result: 'inconclusive' },
    ]);
  });

  it('accepts columns in any order, header names in any case, and an evidenceId column', () => {
    const csv = `Result, Notes ,test_case_id,EvidenceId\nPASS,ok,33.117-4.2.1,${EVIDENCE}\n`;
    expect(rowsOf(parseResultsCsv(csv))).toEqual([{ line: 2, testCaseId: '33.117-4.2.1', result: 'pass', notes: 'ok', evidenceId: EVIDENCE }]);
  });

  it('honours RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes', () => {
    const csv = 'testCaseId,result,notes\r\n"33.117-4.2.1",pass,"a, b and ""c"""\r\n33.117-4.2.2,fail,"line one\r\nline two\nline three"\r\n33.117-4.2.3,pass,""\r\n';
    const rows = rowsOf(parseResultsCsv(csv));
    expect(rows).toEqual([
      { line: 2, testCaseId: '33.117-4.2.1', result: 'pass', notes: 'a, b and "c"' },
      { line: 3, testCaseId: '33.117-4.2.2', result: 'fail', notes: 'line one\r\nline two\nline three' },
      // The multi-line note above spans lines 3 to 5, so this record starts on line 6.
      { line: 6, testCaseId: '33.117-4.2.3', result: 'pass' },
    ]);
  });

  it('tolerates a UTF-8 BOM, CRLF or LF line ends, a missing final newline and blank lines', () => {
    const lf = rowsOf(parseResultsCsv('\uFEFFtestCaseId,result,notes\n\n33.117-4.2.1,pass,x\n\n'));
    const crlf = rowsOf(parseResultsCsv('\uFEFFtestCaseId,result,notes\r\n\r\n33.117-4.2.1,pass,x'));
    expect(lf).toEqual([{ line: 3, testCaseId: '33.117-4.2.1', result: 'pass', notes: 'x' }]);
    expect(crlf).toEqual(lf);
  });

  it('reads result spellings case-insensitively, including n/a and not applicable', () => {
    const csv = ['testCaseId,result', 'a-1,Pass', 'a-2,FAIL', 'a-3, Inconclusive ', 'a-4,N/A', 'a-5,Not Applicable', 'a-6,not_applicable'].join('\n');
    expect(rowsOf(parseResultsCsv(csv)).map((r) => r.result)).toEqual(['pass', 'fail', 'inconclusive', 'not_applicable', 'not_applicable', 'not_applicable']);
  });

  it('reports a bad result value with its line and the accepted values, and returns no rows', () => {
    const outcome = parseResultsCsv('testCaseId,result,notes\n33.117-4.2.1,pass,\n33.117-4.2.2,passed,\n33.117-4.2.3,,\n');
    expect(outcome.ok).toBe(false);
    expect(errorsOf(outcome)).toEqual([
      { line: 3, message: expect.stringMatching(/Unknown result "passed"; expected pass, fail, inconclusive or not_applicable/) },
      { line: 4, message: expect.stringMatching(/result is empty/) },
    ]);
    expect('rows' in outcome).toBe(false);
  });

  it('reports a duplicate test case id with the line of the first one', () => {
    expect(errorsOf(parseResultsCsv('testCaseId,result\n33.117-4.2.1,pass\n33.117-4.2.2,pass\n 33.117-4.2.1 ,fail\n'))).toEqual([
      { line: 4, message: 'Duplicate testCaseId 33.117-4.2.1 (first on line 2)' },
    ]);
  });

  it('refuses a file without the header', () => {
    expect(errorsOf(parseResultsCsv('33.117-4.2.1,pass,ok\n'))).toEqual([{ line: 1, message: expect.stringMatching(/first line must be the header "testCaseId,result,notes"/) }]);
    expect(errorsOf(parseResultsCsv('id,outcome\nx,pass\n'))).toEqual([{ line: 1, message: expect.stringMatching(/Unknown column "id"/) }]);
    expect(errorsOf(parseResultsCsv('testCaseId,notes\nx,ok\n'))).toEqual([{ line: 1, message: expect.stringMatching(/lacks result/) }]);
    expect(errorsOf(parseResultsCsv('testCaseId;result;notes\nx;pass;ok\n'))).toEqual([{ line: 1, message: expect.stringMatching(/semicolons/) }]);
    expect(errorsOf(parseResultsCsv('testCaseId,result,result\nx,pass,fail\n'))).toEqual([{ line: 1, message: expect.stringMatching(/appears twice/) }]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(errorsOf(parseResultsCsv(''))).toEqual([{ line: 1, message: expect.stringMatching(/empty/) }]);
    expect(errorsOf(parseResultsCsv('\uFEFF\r\n'))).toEqual([{ line: 1, message: expect.stringMatching(/empty/) }]);
    expect(errorsOf(parseResultsCsv('testCaseId,result,notes\r\n'))).toEqual([{ line: 1, message: expect.stringMatching(/no result rows/) }]);
  });

  it('refuses more than 2000 rows, naming the first row too many', () => {
    const rows = (n: number) => ['testCaseId,result', ...Array.from({ length: n }, (_, i) => `tc-${i},pass`)].join('\n');
    expect(rowsOf(parseResultsCsv(rows(2000)))).toHaveLength(2000);
    expect(errorsOf(parseResultsCsv(rows(2001)))).toEqual([{ line: 2002, message: 'Too many rows: at most 2000 results per file, this one has 2001' }]);
  });

  it('reports malformed quoting and unquoted commas per line, and keeps going', () => {
    const csv = ['testCaseId,result,notes', '33.117-4.2.1,pass,he said "no"', '33.117-4.2.2,pass,"closed"late', '33.117-4.2.3,fail,one, two', '33.117-4.2.4,pass,fine'].join('\n');
    expect(errorsOf(parseResultsCsv(csv))).toEqual([
      { line: 2, message: expect.stringMatching(/double quote inside an unquoted field/) },
      { line: 3, message: expect.stringMatching(/after a closing double quote/) },
      { line: 4, message: expect.stringMatching(/Expected 3 fields .* found 4; quote a field that contains a comma/) },
    ]);
  });

  it('reports an unterminated quote at the line where it opened', () => {
    expect(errorsOf(parseResultsCsv('testCaseId,result,notes\n33.117-4.2.1,pass,ok\n33.117-4.2.2,fail,"never\nclosed\n'))).toEqual([
      { line: 3, message: 'A quoted field opened on line 3 is never closed' },
    ]);
  });

  it('checks empty ids, over-long notes and malformed evidence ids', () => {
    const csv = `testCaseId,result,notes,evidenceId\n,pass,,\nb,pass,${'x'.repeat(5001)},\nc,pass,,not-a-uuid\n`;
    expect(errorsOf(parseResultsCsv(csv))).toEqual([
      { line: 2, message: 'testCaseId is empty' },
      { line: 3, message: expect.stringMatching(/5001 characters/) },
      { line: 4, message: expect.stringMatching(/evidenceId "not-a-uuid" is not/) },
    ]);
  });
});

describe('formatResultsCsv', () => {
  const rows = [
    { testCaseId: '33.117-4.2.1', result: 'pass' as const, notes: 'plain' },
    { testCaseId: '33.117-4.2.2', result: 'fail' as const, notes: 'comma, "quote"\nnew line' },
    { testCaseId: '33.117-4.2.3', result: 'inconclusive' as const, notes: '=HYPERLINK("http://x")' },
    { testCaseId: '33.117-4.2.4', result: 'not_applicable' as const, notes: "'=already quoted" },
    { testCaseId: '33.117-4.2.5', result: 'pass' as const, notes: null, evidenceId: EVIDENCE },
  ];

  it('writes RFC 4180 CSV that the parser reads back unchanged', () => {
    const csv = formatResultsCsv(rows, { bom: true });
    expect(csv.startsWith('\uFEFFtestCaseId,result,notes,evidenceId\r\n')).toBe(true);
    expect(csv).toContain('33.117-4.2.2,fail,"comma, ""quote""\nnew line",\r\n');
    const back = rowsOf(parseResultsCsv(csv)).map(({ line: _line, ...r }) => r);
    expect(back).toEqual([
      { testCaseId: '33.117-4.2.1', result: 'pass', notes: 'plain' },
      { testCaseId: '33.117-4.2.2', result: 'fail', notes: 'comma, "quote"\nnew line' },
      { testCaseId: '33.117-4.2.3', result: 'inconclusive', notes: '=HYPERLINK("http://x")' },
      { testCaseId: '33.117-4.2.4', result: 'not_applicable', notes: "'=already quoted" },
      { testCaseId: '33.117-4.2.5', result: 'pass', evidenceId: EVIDENCE },
    ]);
  });

  it('keeps cells from running as spreadsheet formulas', () => {
    const csv = formatResultsCsv([{ testCaseId: 'x', result: 'pass', notes: '=1+1' }, { testCaseId: 'y', result: 'pass', notes: '@SUM(A1)' }]);
    expect(csv).toBe("testCaseId,result,notes\r\nx,pass,'=1+1\r\ny,pass,'@SUM(A1)\r\n");
  });

  it('writes a template with empty results and no evidence column', () => {
    expect(formatResultsCsv([{ testCaseId: '33.117-4.2.1', result: null }])).toBe('testCaseId,result,notes\r\n33.117-4.2.1,,\r\n');
  });
});
