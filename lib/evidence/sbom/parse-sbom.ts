import { EvidenceError } from '../errors';
import { checkConformance } from './check-conformance';
import { exceedsJsonDepth } from './exceeds-json-depth';
import { refuseUnstorableSbomText } from './refuse-unstorable-text';
import type { FormatReading, SbomAnalysis } from './sbom-analysis';
import { MAX_SBOM_BYTES, MAX_SBOM_JSON_DEPTH, type SbomSummary } from './sbom-summary';
import { readCycloneDx } from './summarize-cyclonedx';
import { readSpdx2 } from './summarize-spdx';
import { isSpdx3, readSpdx3 } from './summarize-spdx3';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** The summary of {@link analyzeSbom}: what is stored with the evidence row. */
export function parseSbom(bytes: Uint8Array): SbomSummary {
  return analyzeSbom(bytes).summary;
}

/**
 * Recognises and reads an SBOM: CycloneDX JSON (1.2 and later), SPDX JSON (2.2, 2.3) or SPDX 3.0.1
 * JSON-LD. Gives its summary, every component (for the component index) and its BSI TR-03183-2
 * conformance report. Checks size and nesting depth before `JSON.parse` sees
 * the bytes. Refusals, all `EvidenceError`s:
 * - `sbom_too_large` (413): over 64 MiB.
 * - `sbom_unsupported_format` (415): not a JSON object, or a JSON object that
 *   is neither CycloneDX nor SPDX (CycloneDX XML, SPDX tag-value, PDFs…).
 * - `sbom_too_deep` (422): nested deeper than 200 levels.
 * - `sbom_malformed` (422): invalid UTF-8 or JSON, text PostgreSQL cannot store
 *   (`\u0000`, lone surrogates; `errors` names the paths), or a recognised
 *   document with the wrong shape; the detail names where.
 * - `sbom_unsupported_version` (422): CycloneDX before 1.2, SPDX other than 2.2/2.3/3.0.1.
 */
export function analyzeSbom(bytes: Uint8Array): SbomAnalysis {
  const reading = readDocument(bytes);
  return { summary: reading.summary, components: reading.components, conformance: checkConformance(reading.document, reading.components) };
}

function readDocument(bytes: Uint8Array): FormatReading {
  if (bytes.byteLength > MAX_SBOM_BYTES) throw createSbomTooLargeError();
  if (!startsWithObject(bytes)) {
    throw new EvidenceError(
      'sbom_unsupported_format',
      'The file is not a JSON object; only CycloneDX JSON and SPDX JSON SBOMs can be read.',
    );
  }
  if (exceedsJsonDepth(bytes, MAX_SBOM_JSON_DEPTH)) {
    throw new EvidenceError('sbom_too_deep', `The JSON is nested more than ${MAX_SBOM_JSON_DEPTH} levels deep.`);
  }
  const document = parseJsonObject(bytes);
  refuseUnstorableSbomText(document);
  if (Object.hasOwn(document, 'bomFormat')) {
    if (document.bomFormat === 'CycloneDX') return readCycloneDx(document);
    const { bomFormat } = document;
    const found = typeof bomFormat === 'string' ? JSON.stringify(bomFormat.slice(0, 40)) : typeof bomFormat;
    throw unsupportedFormat(`bomFormat is ${found}, expected "CycloneDX".`);
  }
  if (Object.hasOwn(document, 'spdxVersion')) return readSpdx2(document);
  if (isSpdx3(document)) return readSpdx3(document);
  throw unsupportedFormat('It has neither "bomFormat" (CycloneDX), "spdxVersion" (SPDX 2) nor an SPDX 3 "@context".');
}

/** The error `parseSbom` throws for a file over the size limit, for readers that refuse before reading. */
export function createSbomTooLargeError(): EvidenceError {
  return new EvidenceError(
    'sbom_too_large',
    `The SBOM is larger than ${MAX_SBOM_BYTES} bytes (64 MiB), the most that is parsed.`,
  );
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EvidenceError('sbom_malformed', 'The file is not valid UTF-8.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new EvidenceError('sbom_malformed', `The file is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EvidenceError('sbom_malformed', 'The file is not a JSON object.');
  }
  return value as Record<string, unknown>;
}

function startsWithObject(bytes: Uint8Array): boolean {
  let i = UTF8_BOM.every((byte, j) => bytes[j] === byte) ? UTF8_BOM.length : 0;
  while (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d) i++;
  return bytes[i] === 0x7b;
}

function unsupportedFormat(reason: string): EvidenceError {
  return new EvidenceError(
    'sbom_unsupported_format',
    `The JSON is not a CycloneDX or SPDX document. ${reason}`,
  );
}
