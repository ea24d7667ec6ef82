/** One CSV record: its fields and the (1-based) line it starts on; `error` when it breaks RFC 4180. */
export type CsvRecord = { line: number; fields: string[]; error?: string };

/**
 * Splits RFC 4180 text into records: comma-separated fields, `"`-quoted fields that may hold commas,
 * line breaks and doubled quotes, records ended by CRLF, LF or a lone CR. A malformed record gets an
 * `error` and reading goes on with the next line, so every problem can be reported at once; an
 * unterminated quote swallows the rest of the text and ends the list.
 */
export function readCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;

  const isBreak = (c: string) => c === '\n' || c === '\r';
  // Consumes one line break at i (CRLF counts as one).
  const skipBreak = () => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i += 1;
    line += 1;
  };

  while (i < n) {
    const record: CsvRecord = { line, fields: [] };
    records.push(record);
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        const quoteLine = line;
        i += 1;
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
          field += c;
          i += 1;
        }
        if (!closed) {
          record.error = `A quoted field opened on line ${quoteLine} is never closed`;
          record.fields.push(field);
          return records;
        }
        if (i < n && text[i] !== ',' && !isBreak(text[i])) {
          record.error ??= 'Unexpected text after a closing double quote; double any quote inside a quoted field ("")';
          while (i < n && text[i] !== ',' && !isBreak(text[i])) field += text[i++];
        }
      } else {
        const start = i;
        while (i < n && text[i] !== ',' && !isBreak(text[i])) i += 1;
        field = text.slice(start, i);
        if (field.includes('"')) {
          record.error ??= 'A double quote inside an unquoted field; quote the whole field and double the quote ("")';
        }
      }
      record.fields.push(field);
      if (i < n && text[i] === ',') {
        i += 1;
        continue;
      }
      if (i < n) skipBreak();
      break;
    }
  }
  return records;
}

/** True for a record that is an empty line. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0].trim() === '' && !record.error;
}
