import { escapeSpreadsheetFormula } from './spreadsheet-formula';
import type { TestResult } from './test-results';

export type ResultsCsvInput = {
  testCaseId: string;
  /** Null leaves the cell empty, e.g. in a template for the lab to fill in. */
  result: TestResult | null;
  notes?: string | null;
  evidenceId?: string | null;
};

/**
 * Writes results as CSV that {@link parseResultsCsv} reads back unchanged: header
 * `testCaseId,result,notes` (plus `evidenceId` when any row has one), RFC 4180 quoting, CRLF line
 * ends. Cells a spreadsheet would run as a formula get a leading apostrophe, which the parser strips.
 * `bom` prepends a UTF-8 byte order mark so that Excel reads non-ASCII notes correctly.
 */
export function formatResultsCsv(rows: readonly ResultsCsvInput[], options: { bom?: boolean } = {}): string {
  const withEvidence = rows.some((r) => r.evidenceId);
  const header = ['testCaseId', 'result', 'notes', ...(withEvidence ? ['evidenceId'] : [])];
  const lines = [header.join(',')];
  for (const row of rows) {
    const cells = [row.testCaseId, row.result ?? '', row.notes ?? '', ...(withEvidence ? [row.evidenceId ?? ''] : [])];
    lines.push(cells.map(formatCell).join(','));
  }
  return (options.bom ? '\uFEFF' : '') + lines.map((l) => `${l}\r\n`).join('');
}

function formatCell(value: string): string {
  const text = escapeSpreadsheetFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
