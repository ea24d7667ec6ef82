import { fraction, isGreater, type Fraction } from './fraction';

const MAX_DECIMALS = 4;

function rounded(units: number, total: number, decimals: number): string {
  const scale = 10 ** decimals;
  return String(Math.round(((units * 100) / total) * scale) / scale);
}

/**
 * A share as people read it: "62 %", "33.3 %" (one decimal, none when whole). A share over
 * `above` (the threshold) never reads as equal to or below it: 5001 of 10 000 units over 50 % is
 * "50.01 %", not "50 %". 0 of 0 units is "0 %".
 */
export function percentText(units: number, total: number, above?: Fraction): string {
  if (total <= 0) return '0 %';
  const isOver = above ? isGreater(fraction(units, total), above) : false;
  const limit = above ? (above.numerator * 100) / above.denominator : 0;
  for (let decimals = 1; decimals <= MAX_DECIMALS; decimals++) {
    const text = rounded(units, total, decimals);
    if (!isOver || Number(text) > limit) return `${text} %`;
  }
  return `more than ${String(limit)} %`;
}

/** The threshold as a percentage: 1/2 → "50 %". */
export function thresholdText(threshold: Fraction): string {
  return `${String(Math.round(((threshold.numerator * 100) / threshold.denominator) * 10_000) / 10_000)} %`;
}
