/** An exact non-negative rational number; `denominator` is positive. */
export type Fraction = { numerator: number; denominator: number };

const MAX_DECIMALS = 15;

function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}

/** `numerator / denominator` in lowest terms; 0/0 reads as 0/1 (an empty segment has no shares). */
export function fraction(numerator: number, denominator: number): Fraction {
  if (denominator === 0) return { numerator: 0, denominator: 1 };
  const d = gcd(numerator, denominator) || 1;
  return { numerator: numerator / d, denominator: denominator / d };
}

/**
 * The decimal a number is written as, as an exact fraction: 0.5 → 1/2, 0.29 → 29/100. Configured
 * thresholds are decimals people typed; reading them as the binary double would make 29 of 100
 * units "over" a 0.29 threshold (0.29 is stored as 0.28999…).
 */
export function decimalFraction(value: number): Fraction {
  if (!Number.isFinite(value) || value < 0 || value >= 1e15) throw new RangeError(`not a decimal in [0, 1e15): ${value}`);
  let text = value.toString();
  // Past 15 decimals (or in exponent form) the digits are binary noise and would overflow a safe integer.
  if (text.includes('e') || (text.split('.')[1] ?? '').length > MAX_DECIMALS) text = value.toFixed(MAX_DECIMALS).replace(/\.?0+$/, '');
  const [whole, decimals = ''] = text.split('.');
  const denominator = 10 ** decimals.length;
  return fraction(Number(whole) * denominator + Number(decimals || '0'), denominator);
}

/** a > b, decided exactly (BigInt cross-multiplication: no rounding at any size). */
export function isGreater(a: Fraction, b: Fraction): boolean {
  return BigInt(a.numerator) * BigInt(b.denominator) > BigInt(b.numerator) * BigInt(a.denominator);
}
