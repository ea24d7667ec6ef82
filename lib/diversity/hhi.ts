/** The Herfindahl–Hirschman index runs from near 0 (many small vendors) to 10 000 (one vendor). */
export const HHI_MAX = 10_000;

type Exact = { numerator: bigint; denominator: bigint };

/** HHI = Σ (100 · units_i / total)² = 10 000 · Σ units_i² / total², exactly (BigInt: units can reach 10¹⁰). */
function exactHhi(units: readonly number[]): Exact {
  const total = units.reduce((sum, u) => sum + BigInt(u), 0n);
  if (total === 0n) return { numerator: 0n, denominator: 1n };
  const squares = units.reduce((sum, u) => sum + BigInt(u) * BigInt(u), 0n);
  return { numerator: BigInt(HHI_MAX) * squares, denominator: total * total };
}

/**
 * The HHI of a market split into `units` per vendor (one entry per vendor), rounded to the nearest
 * whole number as it is usually quoted: two vendors with 50 % each → 5000, one → 10 000, none → 0.
 */
export function hhiOf(units: readonly number[]): number {
  const { numerator, denominator } = exactHhi(units);
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** Whether the HHI is strictly over `limit`, decided on the exact value (4 equal vendors are exactly 2500: not over 2500). */
export function isHhiOver(units: readonly number[], limit: number): boolean {
  const { numerator, denominator } = exactHhi(units);
  return numerator > BigInt(Math.round(limit)) * denominator;
}
