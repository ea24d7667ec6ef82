import 'server-only';
import { z } from 'zod';
import type { Executor, Tx } from '@/db/client';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { conflict, forbidden, notFound, preconditionFailed, ServiceError } from '@/lib/errors';
import { appendEntry, type AppendedEntry } from '@/lib/log/store/append-entry';
import type { EntryType } from '@/lib/log/entry-types';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import {
  certificateActionBodySchema,
  EXPIRING_WITHIN_DAYS,
  listCertificatesQuerySchema,
  type CertificateActionName,
  type CertificateView,
} from '@/lib/validation/certificates';
import { isCertificateUnderReview } from '@/lib/vulnerabilities/review-trigger';
import type { CertificateAction } from '@/lib/workflow/certificate-actions';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import { availableCertificateActions } from '@/lib/workflow/certificate-transitions';
import { checkCertificateTransition } from '@/lib/workflow/check-certificate-transition';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import * as q from '@/db/queries/certificates';
import { notifyCertificateReviewCleared, notifyCertificatesUnderReview, notifyCertificateStatusChanged } from './notify-certificate';
import { unsafeEntriesForSubject } from './transparency-log';
import { forgetRegistryTotals } from '@/lib/registry/registry-totals';

const DAY_MS = 86_400_000;

export type CertificateDto = {
  id: string;
  /** Effective status: `expired` from `expiresAt` on, unless revoked. */
  status: CertificateStatus;
  storedStatus: q.CertificateRow['status'];
  version: number;
  submissionId: string;
  productVersionId: string;
  product: { name: string; model: string | null };
  versionLabel: string;
  vendor: { id: string; name: string };
  lab: { id: string; name: string };
  networkFunction: string;
  segment: q.CertificateRow['segment'];
  scheme: string;
  issuedAt: string;
  expiresAt: string;
  isUnderReview: boolean;
  reviewRequiredAt: string | null;
  /** Regulators and the certificate's own vendor only. */
  reviewReason: string | null;
};

export type CertificateActionOption = CertificateAction | 'clear_review';

export type CertificateHistoryEventDto = {
  index: number;
  type: string;
  at: string;
  actor: { user: string | null; org: string | null; orgKind: string } | null;
  data: Record<string, unknown>;
};

export type CertificateDetailDto = CertificateDto & {
  expiryLoggedAt: string | null;
  /** What the caller may do now: empty for everyone but regulators. */
  availableActions: CertificateActionOption[];
  history: CertificateHistoryEventDto[];
};

const isRegulator = (actor: Actor) => can(actor, 'certificate.manage');

function toDto(actor: Actor, r: q.CertificateRow, now: Date): CertificateDto {
  const mayReadReason = isRegulator(actor) || (actor.orgKind === 'vendor' && actor.orgId === r.vendorOrgId);
  const isUnderReview = isCertificateUnderReview(r);
  return {
    id: r.id,
    status: effectiveCertificateStatus(r.status, r.expiresAt, now),
    storedStatus: r.status,
    version: r.version,
    submissionId: r.submissionId,
    productVersionId: r.productVersionId,
    product: { name: r.productName, model: r.productModel },
    versionLabel: r.versionLabel,
    vendor: { id: r.vendorOrgId, name: r.vendorName },
    lab: { id: r.labOrgId, name: r.labName },
    networkFunction: r.networkFunction,
    segment: r.segment,
    scheme: r.scheme,
    issuedAt: r.issuedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    isUnderReview,
    reviewRequiredAt: isUnderReview ? r.reviewRequiredAt!.toISOString() : null,
    reviewReason: isUnderReview && mayReadReason ? r.reviewReason : null,
  };
}

/** Regulators see every certificate here, vendors their own; labs and operators use the public registry. */
function listScope(actor: Actor): { vendorOrgId?: string } {
  if (isRegulator(actor)) return {};
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
    items: page.map((r) => toDto(actor, r.certificate, now)),
    nextCursor: rows.length > params.limit ? encodeCursor({ v: params.view, k: [last.sortValue, last.certificate.id] } satisfies Cursor) : null,
  };
}

/** How many certificates each view of {@link listCertificates} holds for the caller. */
export async function countCertificates(actor: Actor, now = new Date()): Promise<Record<CertificateView, number>> {
  const scope = listScope(actor);
  return q.countCertificateViews(await getDb(), { ...scope, now, expiringUntil: new Date(now.getTime() + EXPIRING_WITHIN_DAYS * DAY_MS) });
}

function availableActionsFor(actor: Actor, r: q.CertificateRow, now: Date): CertificateActionOption[] {
  if (!isRegulator(actor)) return [];
  const actions: CertificateActionOption[] = availableCertificateActions(effectiveCertificateStatus(r.status, r.expiresAt, now), 'regulator');
  return isCertificateUnderReview(r) ? [...actions, 'clear_review'] : actions;
}

const uuidSchema = z.uuid();

/**
 * One certificate with its history (every log entry about it, each with its index) and the actions
 * the caller may fire. Certificates are public, so any signed-in user may read one; unknown ids: 404.
 */
export async function getCertificate(actor: Actor, id: string, now = new Date()): Promise<CertificateDetailDto> {
  if (!uuidSchema.safeParse(id).success) throw notFound('Certificate');
  const row = await q.findCertificateById(await getDb(), id);
  if (!row) throw notFound('Certificate');
  // Certificate entries are public log entries, readable by anyone.
  const entries = await unsafeEntriesForSubject('certificate', id);
  return {
    ...toDto(actor, row, now),
    expiryLoggedAt: row.expiryLoggedAt?.toISOString() ?? null,
    availableActions: availableActionsFor(actor, row, now),
    history: entries.map((e) => {
      const parsed = JSON.parse(e.entry) as { at: string; actor: CertificateHistoryEventDto['actor']; data: Record<string, unknown> };
      return { index: e.index, type: e.type, at: parsed.at, actor: parsed.actor ?? null, data: parsed.data ?? {} };
    }),
  };
}

const ENTRY_OF_ACTION = {
  suspend: 'certificate.suspended',
  reinstate: 'certificate.reinstated',
  revoke: 'certificate.revoked',
  clear_review: 'certificate.review_cleared',
} as const satisfies Record<CertificateActionName, EntryType>;

/**
 * Fires a regulator's action on a certificate: `suspend`, `reinstate`, `revoke` (final) or
 * `clear_review` (take it off the review list as it is). Every action needs a reason, which is
 * published in the log. Refusals: unknown id 404 (certificates are public, so nobody else gets a
 * 404), not a regulator 403, illegal at the *effective* status — expired or revoked certificates
 * accept none of the lifecycle actions — 409 naming that status, stale `ifVersion` 412. Any of these
 * actions also takes the certificate off the review list. The row is locked, so racing actions
 * queue and each later one is judged on the state the earlier one left. Logs
 * `certificate.suspended` / `reinstated` / `revoked` / `review_cleared` with `{reason, from, to}`
 * in the same transaction, and notifies the vendor (and, except for clear_review, the operators
 * running that version).
 */
export async function performCertificateAction(
  actor: Actor,
  id: string,
  action: CertificateActionName,
  input: unknown,
  ifVersion?: number,
): Promise<CertificateDetailDto> {
  const { reason } = parseInput(certificateActionBodySchema, input ?? {});
  if (!uuidSchema.safeParse(id).success) throw notFound('Certificate');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const row = await q.findCertificateById(tx, id, { lock: true });
    if (!row) throw notFound('Certificate');
    if (!isRegulator(actor)) throw forbidden(action === 'clear_review' ? 'Only a regulator can clear a review.' : `Only a regulator can ${action} a certificate.`);
    const now = new Date();
    const from = effectiveCertificateStatus(row.status, row.expiresAt, now);
    const isUnderReview = isCertificateUnderReview(row);
    let next: CertificateStatus;
    if (action === 'clear_review') {
      if (!isUnderReview) {
        throw new ServiceError(409, 'Conflict', 'The certificate is not on the review list.', { currentState: from, isUnderReview: false });
      }
      next = from;
    } else {
      const check = checkCertificateTransition({ status: row.status, expiresAt: row.expiresAt, now, action, actorKind: 'regulator' });
      if (!check.ok) throw conflict(`${check.message}.`, from);
      next = check.next;
    }
    if (ifVersion !== undefined && ifVersion !== row.version) throw preconditionFailed(row.version);
    const updated = await q.updateCertificate(tx, id, row.version, {
      ...(action === 'clear_review' ? {} : { status: next as q.CertificateRow['status'] }),
      reviewRequiredAt: null,
      reviewReason: null,
    });
    if (!updated) throw conflict('The certificate changed while you were acting on it; reload and retry.', from);
    if (action === 'clear_review') await notifyCertificateReviewCleared(tx, { certificate: updated, reason, actor });
    else await notifyCertificateStatusChanged(tx, { certificate: updated, action, reason, actor });
    await appendEntry(tx, {
      type: ENTRY_OF_ACTION[action],
      actor,
      subject: { kind: 'certificate', id },
      data: {
        reason,
        from,
        to: next,
        ...(isUnderReview ? { reviewCleared: true, reviewRequiredAt: row.reviewRequiredAt!.toISOString() } : {}),
      },
      now,
    });
  });
  forgetRegistryTotals();
  return getCertificate(actor, id);
}

/** Suspends a valid certificate. Regulators only; see {@link performCertificateAction}. Logs `certificate.suspended`. */
export function suspendCertificate(actor: Actor, id: string, input: unknown, ifVersion?: number) {
  return performCertificateAction(actor, id, 'suspend', input, ifVersion);
}

/** Reinstates a suspended certificate. Regulators only; see {@link performCertificateAction}. Logs `certificate.reinstated`. */
export function reinstateCertificate(actor: Actor, id: string, input: unknown, ifVersion?: number) {
  return performCertificateAction(actor, id, 'reinstate', input, ifVersion);
}

/** Revokes a valid or suspended certificate, finally. Regulators only; see {@link performCertificateAction}. Logs `certificate.revoked`. */
export function revokeCertificate(actor: Actor, id: string, input: unknown, ifVersion?: number) {
  return performCertificateAction(actor, id, 'revoke', input, ifVersion);
}

/** Takes a certificate off the review list and leaves its status as it is. Regulators only. Logs `certificate.review_cleared`. */
export function clearCertificateReview(actor: Actor, id: string, input: unknown, ifVersion?: number) {
  return performCertificateAction(actor, id, 'clear_review', input, ifVersion);
}

/**
 * Inside the caller's transaction: puts the product version's live certificates (not revoked, not
 * expired, not already flagged) on the regulators' review list and notifies the regulators. The
 * caller appends the log entries last, with {@link appendReviewRequiredEntries}. For services that
 * have authorised their caller already (a critical vulnerability report or status change).
 */
export async function unsafeFlagCertificatesForReview(
  tx: Tx,
  params: { productVersionId: string; reason: string; now: Date; actor: Actor | null },
): Promise<q.CertificateRow[]> {
  const flagged: q.CertificateRow[] = [];
  for (const row of await q.lockCertificatesToFlagForReview(tx, params.productVersionId, params.now)) {
    const updated = await q.updateCertificate(tx, row.id, row.version, { reviewRequiredAt: params.now, reviewReason: params.reason });
    if (updated) flagged.push(updated);
  }
  await notifyCertificatesUnderReview(tx, { certificates: flagged, reason: params.reason, actor: params.actor });
  return flagged;
}

/**
 * One public `certificate.review_required` entry per flagged certificate. It names the vulnerability
 * only by id: the report itself is not public.
 */
export async function appendReviewRequiredEntries(
  tx: Executor,
  flagged: readonly q.CertificateRow[],
  params: { actor: Actor | null; vulnerabilityId: string; now: Date },
): Promise<AppendedEntry[]> {
  const entries: AppendedEntry[] = [];
  for (const c of flagged) {
    entries.push(
      await appendEntry(tx, {
        type: 'certificate.review_required',
        actor: params.actor,
        subject: { kind: 'certificate', id: c.id },
        data: { vulnerabilityId: params.vulnerabilityId, severity: 'critical', status: effectiveCertificateStatus(c.status, c.expiresAt, params.now) },
        now: params.now,
      }),
    );
  }
  return entries;
}
