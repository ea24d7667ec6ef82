import type { AccreditationDto } from '@/lib/dto/organization';

export type AccreditationStatus = 'valid' | 'not_yet_valid' | 'expired';

/** Where today (YYYY-MM-DD, UTC) falls in the accreditation's validity window. */
export function accreditationStatus(a: Pick<AccreditationDto, 'validFrom' | 'validUntil'>, today: string): AccreditationStatus {
  if (today < a.validFrom) return 'not_yet_valid';
  if (today > a.validUntil) return 'expired';
  return 'valid';
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
