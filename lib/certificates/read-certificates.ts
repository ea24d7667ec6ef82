import 'server-only';
import * as q from '@/db/queries/certificates';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden, notFound, ServiceError } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { unsafeEntriesForSubject } from '@/lib/transparency-log/read-log';
import { colleagueNames } from '@/lib/users/colleague-names';
import { EXPIRING_WITHIN_DAYS, listCertificatesQuerySchema, type CertificateView } from '@/lib/validation/certificates';
import { parseInput } from '@/lib/validation/parse';
import { isUuid } from '@/lib/validation/uuid';
import { toCertificateDto, type CertificateDetailDto, type CertificateDto, type CertificateHistoryEventDto } from './certificate-dto';
import { availableActionsFor, isCertificateManager } from './certificate-rules';

const DAY_MS = 86_400_000;

/** Regulators see every certificate here, vendors their own; labs and operators use the public registry. */
function listScope(actor: Actor): { vendorOrgId?: string } {
  if (isCertificateManager(actor)) return {};
  if (actor.orgKind === 'vendor') return { vendorOrgId: actor.orgId };
  throw forbidden('Labs and operators find certificates in the public registry.');
}

type Cursor = { v: CertificateView; k: q.CertificateKeyset };
const isCursor = (v: unknown): v is Cursor => {
  const c = v as Partial<Cursor> | null;
  return typeof c === 'object' && c !== null && typeof c.v === 'string' && Array.isArray(c.k) && c.k.length === 2 && c.k.every((x) => typeof x === 'string');
};

/**
 * Certificates for their managers: regulators all, vendors their own (others: 403). Views: `all`
 * (newest first), `expiring` (valid, expiring within 90 days, soonest first) and `review` (the
 * regulators' review list, longest waiting first). Logs nothing.
 */
export async function listCertificates(actor: Actor, query: unknown, now = new Date()): Promise<Page<CertificateDto>> {
  const scope = listScope(actor);
  const params = parseInput(listCertificatesQuerySchema, query ?? {});
  const cursor = decodeCursor(params.cursor, isCursor);
  if (cursor && cursor.v !== params.view) throw new ServiceError(400, 'Bad request', 'The cursor belongs to another view; start again without it.');
  const rows = await q.listCertificateRows(await getDb(), {
    ...scope,
    view: params.view,
    now,
    expiringUntil: new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS),
    after: cursor?.k,
    limit: params.limit + 1,
  });
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toCertificateDto(actor, r.certificate, now)),
    nextCursor: rows.length > params.limit ? encodeCursor({ v: params.view, k: [last.sortValue, last.certificate.id] } satisfies Cursor) : null,
  };
}

/** How many certificates each view of {@link listCertificates} holds for the caller. */
export async function countCertificates(actor: Actor, now = new Date()): Promise<Record<CertificateView, number>> {
  const scope = listScope(actor);
  return q.countCertificateViews(await getDb(), { ...scope, now, expiringUntil: new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS) });
}

/**
 * One certificate with its history (every log entry about it, each with its index) and the actions
 * the caller may fire. Certificates are public, so any signed-in user may read one; unknown ids: 404.
 */
export async function getCertificate(actor: Actor, id: string, now = new Date()): Promise<CertificateDetailDto> {
  if (!isUuid(id)) throw notFound('Certificate');
  const db = await getDb();
  const row = await q.findCertificateById(db, id);
  if (!row) throw notFound('Certificate');
  // Certificate entries are public log entries, readable by anyone.
  const entries = (await unsafeEntriesForSubject('certificate', id)).map((e) => ({
    index: e.index,
    type: e.type,
    parsed: JSON.parse(e.entry) as { at: string; actor: CertificateHistoryEventDto['actor']; data: Record<string, unknown> },
  }));
  const names = await colleagueNames(db, actor, entries.map((e) => e.parsed.actor?.user));
  return {
    ...toCertificateDto(actor, row, now),
    expiryLoggedAt: row.expiryLoggedAt?.toISOString() ?? null,
    availableActions: availableActionsFor(actor, row, now),
    history: entries.map(({ index, type, parsed }) => ({
      index,
      type,
      at: parsed.at,
      actor: parsed.actor ? { ...parsed.actor, name: parsed.actor.user ? (names.get(parsed.actor.user) ?? null) : null } : null,
      data: parsed.data ?? {},
    })),
  };
}
