import { isBlankRecord, readCsvRecords, type CsvRecord } from '@/lib/results/read-csv-records';
import { unescapeSpreadsheetFormula } from '@/lib/results/spreadsheet-formula';
import { DEPLOYMENTS_CSV_HEADERS, MAX_DEPLOYMENT_LINES, MAX_QUANTITY, MIN_QUANTITY } from './limits';

export { DEPLOYMENTS_CSV_HEADERS };

export type DeploymentsCsvFormat = 'ids' | 'names';

/** One inventory row of an uploaded CSV file; `line` is where its record starts (the header is line 1). */
export type DeploymentsCsvRow =
  | { line: number; quantity: number; productVersionId: string }
  | { line: number; quantity: number; vendor: string; product: string; version: string };

export type DeploymentsCsvError = { line: number; message: string };

export type ParseDeploymentsCsvOutcome =
  | { ok: true; format: DeploymentsCsvFormat; rows: DeploymentsCsvRow[] }
  | { ok: false; errors: DeploymentsCsvError[] };

type Column = 'productVersionId' | 'vendor' | 'product' | 'version' | 'quantity';

const COLUMNS: Record<string, Column> = {
  productversionid: 'productVersionId',
  vendor: 'vendor',
  product: 'product',
  version: 'version',
  quantity: 'quantity',
};
const FORMATS: Record<DeploymentsCsvFormat, readonly Column[]> = {
  ids: ['productVersionId', 'quantity'],
  names: ['vendor', 'product', 'version', 'quantity'],
};
const EXPECTED = `"${DEPLOYMENTS_CSV_HEADERS.ids}" or "${DEPLOYMENTS_CSV_HEADERS.names}"`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_NAME_LENGTH = 200;

/**
 * Parses an operator's inventory CSV: a header `productVersionId,quantity` or
 * `vendor,product,version,quantity` (any column order; case, spaces, `-` and `_` in names ignored)
 * and one row per product version. RFC 4180 quoting, a UTF-8 BOM, CRLF or LF and blank lines are
 * accepted. All or nothing: any bad row fails the whole file, with every problem and its line.
 * Names are not resolved here (see the deployments service); the same version twice is an error.
 */
export function parseDeploymentsCsv(text: string, options: { maxRows?: number } = {}): ParseDeploymentsCsvOutcome {
  const maxRows = options.maxRows ?? MAX_DEPLOYMENT_LINES;
  const records = readCsvRecords(text.startsWith('\uFEFF') ? text.slice(1) : text).filter((r) => !isBlankRecord(r));
  const [header, ...data] = records;
  if (!header) return fail(1, `The file is empty; the first line must be the header ${EXPECTED}`);
  const columns = readHeader(header);
  if ('error' in columns) return fail(header.line, columns.error);
  if (data.length > maxRows) return fail(data[maxRows].line, `Too many rows: at most ${maxRows} per file, this one has ${data.length}`);

  const errors: DeploymentsCsvError[] = [];
  const rows: DeploymentsCsvRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const record of data) {
    const problems: string[] = [];
    if (record.error) problems.push(record.error);
    if (record.fields.length > columns.list.length) {
      problems.push(`Expected ${columns.list.length} fields (${columns.list.join(',')}) but found ${record.fields.length}; quote a field that contains a comma`);
    }
    const cell = (column: Column) => {
      const index = columns.list.indexOf(column);
      return index < 0 ? '' : unescapeSpreadsheetFormula(record.fields[index] ?? '').trim();
    };
    const quantity = readQuantity(cell('quantity'), problems);
    let row: DeploymentsCsvRow | null = null;
    let key = '';
    if (columns.format === 'ids') {
      const productVersionId = cell('productVersionId');
      if (!productVersionId) problems.push('productVersionId is empty');
      else if (!UUID.test(productVersionId)) problems.push(`productVersionId "${truncate(productVersionId)}" is not a product version id (a UUID)`);
      key = productVersionId.toLowerCase();
      row = { line: record.line, quantity, productVersionId: productVersionId.toLowerCase() };
    } else {
      const [vendor, product, version] = (['vendor', 'product', 'version'] as const).map((c) => {
        const value = cell(c);
        if (!value) problems.push(`${c} is empty`);
        else if (value.length > MAX_NAME_LENGTH) problems.push(`${c} is longer than ${MAX_NAME_LENGTH} characters`);
        return value;
      });
      key = [vendor, product, version].map((v) => v.toLowerCase()).join('\u0000');
      row = { line: record.line, quantity, vendor, product, version };
    }
    if (key && !key.split('\u0000').some((part) => !part)) {
      const first = firstLineOf.get(key);
      if (first !== undefined) problems.push(`The same product version is already on line ${first}; give each version one line with its total quantity`);
      else firstLineOf.set(key, record.line);
    }
    if (problems.length > 0) errors.push(...problems.map((message) => ({ line: record.line, message })));
    else rows.push(row);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, format: columns.format, rows };
}

function readQuantity(text: string, problems: string[]): number {
  if (!text) {
    problems.push('quantity is empty');
    return 0;
  }
  if (!/^\d+$/.test(text)) {
    problems.push(`quantity "${truncate(text)}" is not a whole number (digits only, no separators)`);
    return 0;
  }
  const value = Number(text);
  if (value < MIN_QUANTITY || value > MAX_QUANTITY) {
    problems.push(`quantity ${truncate(text)} is out of range; use ${MIN_QUANTITY} to ${MAX_QUANTITY.toLocaleString('en-US')}`);
  }
  return value;
}

function readHeader(header: CsvRecord): { format: DeploymentsCsvFormat; list: Column[] } | { error: string } {
  if (header.error) return { error: `Header: ${header.error}` };
  const names = header.fields.map((f) => f.trim());
  if (names.length === 1 && names[0].includes(';')) return { error: `The header is separated by semicolons; use commas: ${EXPECTED}` };
  const list: Column[] = [];
  for (const name of names) {
    const column = COLUMNS[name.toLowerCase().replace(/[\s_-]/g, '')];
    if (!column) {
      return UUID.test(name) || /^\d+$/.test(name)
        ? { error: `The first line must be the header ${EXPECTED}; it looks like a data row` }
        : { error: `Unknown column "${truncate(name)}" in the header; expected ${EXPECTED}` };
    }
    if (list.includes(column)) return { error: `Column ${column} appears twice in the header` };
    list.push(column);
  }
  const format = (Object.keys(FORMATS) as DeploymentsCsvFormat[]).find(
    (f) => FORMATS[f].length === list.length && FORMATS[f].every((c) => list.includes(c)),
  );
  if (!format) return { error: `The header must be ${EXPECTED}; found "${truncate(names.join(','))}"` };
  return { format, list };
}

function fail(line: number, message: string): ParseDeploymentsCsvOutcome {
  return { ok: false, errors: [{ line, message }] };
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
