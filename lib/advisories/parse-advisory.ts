import type { AdvisoryParseResult } from './advisory-model';

/** Largest advisory document accepted (a CSAF VEX of a big product line stays far below). */
export const MAX_ADVISORY_BYTES = 16 * 1024 * 1024;

/**
 * Detects the format of an advisory document (CSAF 2.0, OSV, CycloneDX VEX, OpenVEX) and parses it
 * into the common model, or refuses it with reasons.
 * CONTRACT STUB: the advisory-formats work replaces this with the real parsers.
 */
export function parseAdvisory(text: string): AdvisoryParseResult {
  void text;
  return { ok: false, reasons: ['advisory parsing is not implemented yet'] };
}
