// Tree sizes can exceed 2^31, where JavaScript's bitwise operators wrap, so these helpers use arithmetic only.

const TWO_POW_32 = 2 ** 32;

/** True when `n` is a non-negative safe integer (a valid tree size or index). */
export function isTreeNumber(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** Number of bits needed to write `n` (0 for 0). */
export function countBits(n: number): number {
  if (n < TWO_POW_32) return 32 - Math.clz32(n);
  return 64 - Math.clz32(Math.floor(n / TWO_POW_32));
}

/** Number of set bits in `n`. */
export function countSetBits(n: number): number {
  let count = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) count += rest % 2;
  return count;
}

/** Number of trailing one bits of `n`. */
export function countTrailingOnes(n: number): number {
  let count = 0;
  for (let rest = n; rest % 2 === 1; rest = (rest - 1) / 2) count++;
  return count;
}

/** `n` shifted right by `k` bits. */
export function shiftRight(n: number, k: number): number {
  return Math.floor(n / 2 ** k);
}

/** True when the lowest bit of `n` is set. */
export function isOdd(n: number): boolean {
  return n % 2 === 1;
}

/** The largest power of two strictly below `n` (the split point `k` of RFC 9162 for `n` ≥ 2). */
export function findSplitPoint(n: number): number {
  return 2 ** (countBits(n - 1) - 1);
}

/** The smallest power of two ≥ `n` (1 for 0). */
export function ceilPowerOfTwo(n: number): number {
  return n <= 1 ? 1 : 2 ** countBits(n - 1);
}
