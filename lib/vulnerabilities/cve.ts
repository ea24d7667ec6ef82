/** A CVE id as MITRE assigns them: `CVE-<year>-<4 or more digits>`. */
export const CVE_PATTERN = /^CVE-\d{4}-\d{4,}$/;

/** The canonical (upper-case, trimmed) form of a CVE id, or null when `value` is not one. */
export function normalizeCve(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const upper = value.trim().toUpperCase();
  return CVE_PATTERN.test(upper) ? upper : null;
}
