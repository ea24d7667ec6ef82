import type { AdvisoryParseResult } from './advisory-model';
import { parseAdvisory } from './parse-advisory';

/** {@link parseAdvisory} of a document's bytes, which must be UTF-8 text. */
export function parseAdvisoryBytes(bytes: Uint8Array): AdvisoryParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reasons: ['it is not UTF-8 text'] };
  }
  return parseAdvisory(text);
}
