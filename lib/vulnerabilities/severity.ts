/** CVSS v3 qualitative severity ratings, lowest first. */
export const SEVERITIES = ['none', 'low', 'medium', 'high', 'critical'] as const;

/** A CVSS v3 qualitative severity rating. */
export type Severity = (typeof SEVERITIES)[number];

/** True when `score` is a CVSS v3 base score: 0.0 to 10.0 with at most one decimal. */
export function isCvssScore(score: number): boolean {
  return Number.isFinite(score) && score >= 0 && score <= 10 && Math.abs(Math.round(score * 10) - score * 10) < 1e-9;
}

/**
 * The CVSS v3.1 qualitative rating of a base score (specification section 5):
 * 0.0 none, 0.1–3.9 low, 4.0–6.9 medium, 7.0–8.9 high, 9.0–10.0 critical.
 * @throws {RangeError} when `score` is not a base score (see {@link isCvssScore}).
 */
export function severityOfCvssScore(score: number): Severity {
  if (!isCvssScore(score)) throw new RangeError(`Not a CVSS v3 base score: ${score}`);
  const tenths = Math.round(score * 10);
  if (tenths === 0) return 'none';
  if (tenths < 40) return 'low';
  if (tenths < 70) return 'medium';
  if (tenths < 90) return 'high';
  return 'critical';
}
