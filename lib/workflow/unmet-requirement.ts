/** Codes of workflow preconditions, stable for the UI and API clients. */
export const PRECONDITION_CODES = [
  'evidence_missing',
  'lab_missing',
  'accreditation_missing',
  'accreditation_not_yet_valid',
  'accreditation_expired',
  'accreditation_scope',
  'shared_group',
  'conflict_declared',
  'conflict_statement_missing',
  'no_applicable_test_cases',
  'results_missing',
  'evaluation_report_missing',
  'sbom_not_conformant',
] as const;

/** A precondition code. */
export type PreconditionCode = (typeof PRECONDITION_CODES)[number];

/** A requirement that is not met yet, with a message to show the user. */
export type UnmetRequirement =
  | { readonly code: Exclude<PreconditionCode, 'results_missing'>; readonly message: string }
  | { readonly code: 'results_missing'; readonly message: string; readonly testCaseIds: readonly string[] };
