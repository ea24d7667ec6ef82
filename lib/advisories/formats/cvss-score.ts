import * as calculator from 'ae-cvss-calculator';

// The package is a UMD bundle: bundlers see its named exports, Node's ESM loader only `default`.
const { fromVector } = (calculator as { default?: typeof calculator }).default ?? calculator;

// Every base metric of each version must be present: the calculator fills missing ones with defaults.
const REQUIRED_BASE_METRICS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/^CVSS:4\.0\//, ['AV', 'AC', 'AT', 'PR', 'UI', 'VC', 'VI', 'VA', 'SC', 'SI', 'SA']],
  [/^CVSS:3\.[01]\//, ['AV', 'AC', 'PR', 'UI', 'S', 'C', 'I', 'A']],
  [/^(?!CVSS:)/, ['AV', 'AC', 'Au', 'C', 'I', 'A']],
];

/**
 * The base score of a CVSS vector (2.0, 3.0, 3.1 or 4.0, computed by ae-cvss-calculator), or null
 * when the vector is not one the calculator can score completely.
 */
export function scoreFromCvssVector(vector: string): number | null {
  const text = vector.trim();
  const required = REQUIRED_BASE_METRICS.find(([prefix]) => prefix.test(text))?.[1];
  if (!required) return null;
  const metrics = new Set(text.split('/').map((part) => part.split(':')[0]));
  if (!required.every((metric) => metrics.has(metric))) return null;
  try {
    const parsed = fromVector(text) as { calculateScores(): { base?: unknown } } | null;
    const base = parsed?.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : null;
  } catch {
    return null;
  }
}

/** The highest of the given scores, or null when there is none. */
export function highestScore(scores: ReadonlyArray<number | null | undefined>): number | null {
  let highest: number | null = null;
  for (const score of scores) {
    if (typeof score === 'number' && Number.isFinite(score) && (highest === null || score > highest)) highest = score;
  }
  return highest;
}
