import pLimit, { type LimitFunction } from 'p-limit';
import { processWide } from '@/lib/process-wide';

/**
 * SBOMs parsed at the same time in one process. Each holds up to 64 MiB of JSON text and its
 * parsed tree (several times that) while it is summarised, so further uploads wait for a slot
 * instead of exhausting the server's memory when many large SBOMs arrive at once.
 */
export const SBOM_PARSE_SLOTS = 2;

// Shared by every copy of this module (route handlers, server actions).
const slots = processWide<LimitFunction>('SbomParseSlots', () => pLimit(SBOM_PARSE_SLOTS));

/** Runs `work` (reading and parsing one SBOM) once one of the {@link SBOM_PARSE_SLOTS} is free. */
export function inSbomParseSlot<T>(work: () => Promise<T>): Promise<T> {
  return slots(work);
}

/** SBOM parses running and waiting now (for tests and diagnostics). */
export function sbomParseSlotUse(): { active: number; waiting: number } {
  return { active: slots.activeCount, waiting: slots.pendingCount };
}
