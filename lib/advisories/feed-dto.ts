import type { AdvisoryFeedRow } from '@/db/queries/advisories';

export type FeedDto = { id: string; url: string; lastPulledAt: string | null; lastError: string | null };

export const toFeedDto = (row: AdvisoryFeedRow): FeedDto => ({
  id: row.id,
  url: row.url,
  lastPulledAt: row.lastPulledAt?.toISOString() ?? null,
  lastError: row.lastError,
});
