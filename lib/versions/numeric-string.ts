/**
 * Compares two runs of ASCII digits as unbounded non-negative integers, so a 20-digit timestamp
 * segment neither overflows nor loses precision.
 */
export function compareDigitRuns(a: string, b: string): number {
  const x = stripLeadingZeros(a);
  const y = stripLeadingZeros(b);
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain byte-wise order (what C's strcmp gives), independent of the locale. */
export function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function stripLeadingZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return digits.slice(i);
}
