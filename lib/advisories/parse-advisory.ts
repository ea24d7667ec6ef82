import type { AdvisoryParseResult, ParsedAdvisory } from './advisory-model';
import { AdvisoryRefusal } from './formats/advisory-refusal';
import { detectAdvisoryFormat, UNKNOWN_FORMAT_REASON } from './formats/detect-format';
import { parseCsaf } from './formats/parse-csaf';
import { parseCyclonedxVex } from './formats/parse-cyclonedx-vex';
import { parseOpenVex } from './formats/parse-openvex';
import { parseOsv } from './formats/parse-osv';
import { readAdvisoryJson } from './formats/read-advisory-json';

/** Largest advisory document accepted (a CSAF VEX of a big product line stays far below). */
export const MAX_ADVISORY_BYTES = 16 * 1024 * 1024;

/**
 * Detects the format of an advisory document (CSAF 2.0, OSV, CycloneDX VEX, OpenVEX) and parses it
 * into the common model, or refuses it with reasons, each naming where in the document it is.
 * Refused before any format is looked at: more than MAX_ADVISORY_BYTES, not a JSON object, nested
 * too deep, or text PostgreSQL cannot store (NUL, lone surrogates). Pure: nothing is stored.
 */
export function parseAdvisory(text: string): AdvisoryParseResult {
  try {
    const document = readAdvisoryJson(text, MAX_ADVISORY_BYTES);
    const detected = detectAdvisoryFormat(document);
    if (!detected) return { ok: false, reasons: [UNKNOWN_FORMAT_REASON] };
    return { ok: true, advisory: parseDetected(detected.format, document, text) };
  } catch (error) {
    if (error instanceof AdvisoryRefusal) return { ok: false, reasons: error.reasons };
    throw error;
  }
}

/**
 * The format of an advisory text for a human ("CSAF 2.0 VEX", "OSV 1.3.0", "CycloneDX 1.6 VEX",
 * "OpenVEX 0.2.0"), or null when it is not one we recognise.
 */
export function describeAdvisoryFormat(text: string): string | null {
  try {
    return detectAdvisoryFormat(readAdvisoryJson(text, MAX_ADVISORY_BYTES))?.label ?? null;
  } catch (error) {
    if (error instanceof AdvisoryRefusal) return null;
    throw error;
  }
}

function parseDetected(format: ParsedAdvisory['format'], document: Record<string, unknown>, text: string): ParsedAdvisory {
  switch (format) {
    case 'csaf':
      return parseCsaf(document);
    case 'osv':
      return parseOsv(document);
    case 'cyclonedx-vex':
      return parseCyclonedxVex(document, text);
    case 'openvex':
      return parseOpenVex(document);
  }
}
