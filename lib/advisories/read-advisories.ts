import 'server-only';
import * as q from '@/db/queries/advisories';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { toMatchDto, type MatchDto } from '@/lib/matching/match-dto';
import { listAdvisoriesQuerySchema } from '@/lib/validation/advisories';
import { parseInput } from '@/lib/validation/parse';
import { isUuid } from '@/lib/validation/uuid';
import { toAdvisoryDto, type AdvisoryDto } from './advisory-dto';
import { advisoryReadDenial } from './advisory-rules';

export type AdvisoryMatchListItem = MatchDto & { productName: string; versionLabel: string };
export type AdvisoryDetailDto = AdvisoryDto & { matches: AdvisoryMatchListItem[] };

/** Advisories, newest first: regulators all, a vendor the documents its organisation imported; others 403. */
export async function listAdvisories(actor: Actor, rawQuery: Record<string, string> = {}): Promise<{ items: AdvisoryDto[]; nextCursor: string | null }> {
  const denial = advisoryReadDenial(actor);
  if (denial) throw forbidden(denial);
  const query = parseInput(listAdvisoriesQuerySchema, rawQuery);
  const offset = Number(query.cursor ?? 0);
  const rows = await q.listAdvisoryRows(await getDb(), {
    importerOrgId: actor.orgKind === 'vendor' ? actor.orgId : undefined,
    limit: query.limit + 1,
    offset,
  });
  return { items: rows.slice(0, query.limit).map(toAdvisoryDto), nextCursor: rows.length > query.limit ? String(offset + query.limit) : null };
}

/** One advisory with the matches it set (a vendor: its own documents, and only its versions' matches). */
export async function getAdvisory(actor: Actor, id: string): Promise<AdvisoryDetailDto> {
  const denial = advisoryReadDenial(actor);
  if (denial) throw forbidden(denial);
  const db = await getDb();
  const row = isUuid(id) ? await q.findAdvisoryRow(db, id) : null;
  if (!row || (actor.orgKind === 'vendor' && row.importerOrgId !== actor.orgId)) throw notFound('Advisory');
  const matches = await q.listMatchesOfAdvisory(db, id, { vendorOrgId: actor.orgKind === 'vendor' ? actor.orgId : undefined, limit: 500 });
  return {
    ...toAdvisoryDto(row),
    matches: matches.map((m) => ({ ...toMatchDto({ ...m, updatedAt: new Date(m.updatedAt) }), productName: m.productName, versionLabel: m.versionLabel })),
  };
}
