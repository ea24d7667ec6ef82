import { EvidenceError } from '../errors';
import { exceedsJsonDepth } from './exceeds-json-depth';
import { refuseUnstorableSbomText } from './refuse-unstorable-text';
import { MAX_SBOM_BYTES, MAX_SBOM_JSON_DEPTH, type SbomSummary } from './sbom-summary';
import { summarizeCycloneDx } from './summarize-cyclonedx';
import { summarizeSpdx, SUPPORTED_SPDX_VERSIONS } from './summarize-spdx';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Recognises and summarises an SBOM: CycloneDX JSON (1.2 and later) or SPDX
 * JSON (2.2, 2.3). Checks size and nesting depth before `JSON.parse` sees
 * the bytes. Refusals, all `EvidenceError`s:
 * - `sbom_too_large` (413): over 64 MiB.
 * - `sbom_unsupported_format` (415): not a JSON object, or a JSON object that
 *   is neither CycloneDX nor SPDX (CycloneDX XML, SPDX tag-value, PDFs…).
 * - `sbom_too_deep` (422): nested deeper than 200 levels.
 * - `sbom_malformed` (422): invalid UTF-8 or JSON, text PostgreSQL cannot store
 *   (`\u0000`, lone surrogates; `errors` names the paths), or a recognised
 *   document with the wrong shape; the detail names where.
 * - `sbom_unsupported_version` (422): CycloneDX before 1.2, SPDX other than 2.2/2.3.
 */
export function parseSbom(bytes: Uint8Array): SbomSummary {
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
    if (document.bomFormat === 'CycloneDX') return summarizeCycloneDx(document);
    const { bomFormat } = document;
    const found = typeof bomFormat === 'string' ? JSON.stringify(bomFormat.slice(0, 40)) : typeof bomFormat;
    throw unsupportedFormat(`bomFormat is ${found}, expected "CycloneDX".`);
  }
  if (Object.hasOwn(document, 'spdxVersion')) return summarizeSpdx(document);
  if (isSpdx3(document)) {
    throw new EvidenceError(
      'sbom_unsupported_version',
      `SPDX 3 is not supported; supported versions are ${SUPPORTED_SPDX_VERSIONS.join(', ')}.`,
    );
  }
  throw unsupportedFormat('It has neither "bomFormat" (CycloneDX) nor "spdxVersion" (SPDX).');
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

function isSpdx3(document: Record<string, unknown>): boolean {
  const context = document['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  return contexts.some((entry) => typeof entry === 'string' && entry.includes('spdx.org/rdf/3'));
}

function unsupportedFormat(reason: string): EvidenceError {
  return new EvidenceError(
    'sbom_unsupported_format',
    `The JSON is not a CycloneDX or SPDX document. ${reason}`,
  );
}
