import { z } from 'zod';

const minutes = (fallback: number) => z.coerce.number().min(0).default(fallback);

const schema = z.object({
  EVIDENCE_VERIFY_INTERVAL_MINUTES: minutes(24 * 60),
  EVIDENCE_SWEEP_INTERVAL_MINUTES: minutes(60),
  EVIDENCE_TEMP_MAX_AGE_MINUTES: minutes(60),
  EVIDENCE_ORPHAN_MAX_AGE_MINUTES: minutes(24 * 60),
});

export type EvidenceIntegrityConfig = {
  /** How often the web process runs `evidence verify`; 0 turns the scheduled run off. */
  verifyIntervalMs: number;
  /** How often the web process runs `evidence sweep`; 0 turns the scheduled run off. */
  sweepIntervalMs: number;
  /** A temp upload file untouched this long is abandoned (a server killed mid-upload). */
  tempMaxAgeMs: number;
  /** A blob no evidence row references, committed this long ago, is an orphan to sweep. */
  orphanMaxAgeMs: number;
};

/** The evidence verify/sweep settings from the environment; invalid values fail loudly. */
export function readEvidenceIntegrityConfig(env: Record<string, string | undefined> = process.env): EvidenceIntegrityConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    verifyIntervalMs: e.EVIDENCE_VERIFY_INTERVAL_MINUTES * 60_000,
    sweepIntervalMs: e.EVIDENCE_SWEEP_INTERVAL_MINUTES * 60_000,
    tempMaxAgeMs: e.EVIDENCE_TEMP_MAX_AGE_MINUTES * 60_000,
    orphanMaxAgeMs: e.EVIDENCE_ORPHAN_MAX_AGE_MINUTES * 60_000,
  };
}
