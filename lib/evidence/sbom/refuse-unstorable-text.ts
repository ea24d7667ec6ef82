import { EvidenceError } from '../errors';
import { findTextProblems, summarizeTextProblems } from '@/lib/json/text-problems';

/**
 * Refuses an SBOM whose strings or keys hold a NUL (`\u0000`) or a lone surrogate: PostgreSQL
 * cannot store them, so the summary of such a document used to fail with a 500 after the upload.
 * A 422 `sbom_malformed` whose `errors` name the first offending paths (`components.3.name`).
 * Bidirectional controls are left alone here: an SBOM is evidence and is read as its tool wrote it.
 */
export function refuseUnstorableSbomText(document: unknown): void {
  const problems = findTextProblems(document, { limit: 5 });
  if (problems.length === 0) return;
  const error = new EvidenceError('sbom_malformed', `The SBOM holds text that cannot be stored: ${summarizeTextProblems(problems)}`);
  error.extra.errors = problems;
  throw error;
}
