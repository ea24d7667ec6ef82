import { isBlankRecord, readCsvRecords, type CsvRecord } from './read-csv-records';
import { normalizeResultValue } from './normalize-result-value';
import { unescapeSpreadsheetFormula } from './spreadsheet-formula';
import type { TestResult } from './test-results';

export const MAX_CSV_ROWS = 2000;
const MAX_NOTES_LENGTH = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One result row of an uploaded CSV file; `line` is where its record starts (the header is line 1). */
export type ResultsCsvRow = { line: number; testCaseId: string; result: TestResult; notes?: string; evidenceId?: string };
export type ResultsCsvError = { line: number; message: string };
export type ParseResultsCsvOutcome = { ok: true; rows: ResultsCsvRow[] } | { ok: false; errors: ResultsCsvError[] };

type Column = 'testCaseId' | 'result' | 'notes' | 'evidenceId';
const COLUMNS: Record<string, Column> = { testcaseid: 'testCaseId', result: 'result', notes: 'notes', evidenceid: 'evidenceId' };
const REQUIRED: Column[] = ['testCaseId', 'result'];
const EXPECTED_HEADER = 'testCaseId,result,notes';
const RESULT_SPELLINGS = 'pass, fail, inconclusive or not_applicable (also "n/a", "not applicable")';

/**
 * Parses the results CSV labs upload: a header `testCaseId,result,notes` (notes and an optional
 * `evidenceId` column may be left out; any order; case, spaces and underscores in names ignored)
 * and one row per test case. RFC 4180 quoting, a UTF-8 BOM, CRLF or LF and blank lines are accepted.
 * All or nothing: any bad row makes the whole file fail, with one message per problem and its line.
 */
export function parseResultsCsv(text: string, options: { maxRows?: number } = {}): ParseResultsCsvOutcome {
  const maxRows = options.maxRows ?? MAX_CSV_ROWS;
  const records = readCsvRecords(text.startsWith('\uFEFF') ? text.slice(1) : text).filter((r) => !isBlankRecord(r));
  const [header, ...data] = records;
  if (!header) return fail(1, `The file is empty; the first line must be the header "${EXPECTED_HEADER}"`);
  const columns = readHeader(header);
  if ('error' in columns) return fail(header.line, columns.error);
  if (data.length === 0) return fail(header.line, 'The file has a header but no result rows');
  if (data.length > maxRows) {
    return fail(data[maxRows].line, `Too many rows: at most ${maxRows} results per file, this one has ${data.length}`);
  }

  const errors: ResultsCsvError[] = [];
  const rows: ResultsCsvRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of data) {
    const problems: string[] = [];
    const report = (message: string) => problems.push(message);
    if (record.error) report(record.error);
    if (record.fields.length > columns.list.length) {
      report(`Expected ${columns.list.length} fields (${columns.list.join(',')}) but found ${record.fields.length}; quote a field that contains a comma`);
    }
    const cell = (column: Column) => {
      const index = columns.list.indexOf(column);
      return index < 0 ? '' : unescapeSpreadsheetFormula(record.fields[index] ?? '');
    };

    const testCaseId = cell('testCaseId').trim();
    if (!testCaseId) report('testCaseId is empty');
    else if (firstLineOf.has(testCaseId)) report(`Duplicate testCaseId ${testCaseId} (first on line ${firstLineOf.get(testCaseId)})`);
    else firstLineOf.set(testCaseId, record.line);

    const resultCell = cell('result').trim();
    const result = normalizeResultValue(resultCell);
    if (!resultCell) report(`result is empty; expected ${RESULT_SPELLINGS}`);
    else if (!result) report(`Unknown result "${truncate(resultCell)}"; expected ${RESULT_SPELLINGS}`);

    const notes = cell('notes').trim();
    if (notes.length > MAX_NOTES_LENGTH) report(`notes are ${notes.length} characters long; at most ${MAX_NOTES_LENGTH} are allowed`);

    const evidenceId = cell('evidenceId').trim();
    if (evidenceId && !UUID.test(evidenceId)) report(`evidenceId "${truncate(evidenceId)}" is not an evidence id (a UUID)`);

    if (problems.length > 0) errors.push(...problems.map((message) => ({ line: record.line, message })));
    else rows.push({ line: record.line, testCaseId, result: result!, ...(notes ? { notes } : {}), ...(evidenceId ? { evidenceId } : {}) });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function readHeader(header: CsvRecord): { list: Column[] } | { error: string } {
  if (header.error) return { error: `Header: ${header.error}` };
  const names = header.fields.map((f) => f.trim());
  const found = `found "${truncate(names.join(','))}"`;
  if (names.length === 1 && names[0].includes(';')) {
    return { error: `The header is separated by semicolons; use commas: "${EXPECTED_HEADER}" (${found})` };
  }
  const list: Column[] = [];
  for (const name of names) {
    const column = COLUMNS[name.toLowerCase().replace(/[\s_-]/g, '')];
    if (!column) {
      const looksLikeData = /^\d{2}\.\d{3}-/.test(name);
      return {
        error: looksLikeData
          ? `The first line must be the header "${EXPECTED_HEADER}"; it looks like a result row`
          : `Unknown column "${truncate(name)}" in the header; expected "${EXPECTED_HEADER}" (evidenceId may be added)`,
      };
    }
    if (list.includes(column)) return { error: `Column ${column} appears twice in the header` };
    list.push(column);
  }
  const missing = REQUIRED.filter((c) => !list.includes(c));
  if (missing.length > 0) return { error: `The header lacks ${missing.join(' and ')}; expected "${EXPECTED_HEADER}" (${found})` };
  return { list };
}

function fail(line: number, message: string): ParseResultsCsvOutcome {
  return { ok: false, errors: [{ line, message }] };
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
