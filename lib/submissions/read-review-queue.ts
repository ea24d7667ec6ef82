import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { NETWORK_SEGMENTS, type NetworkSegment } from '@/lib/catalogue/network-segments';
import { getDb } from '@/lib/db';
import { badRequest, forbidden } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import { reviewQueueQuerySchema, type ReviewQueueSort, type SortDirection } from '@/lib/validation/review-queue';
import { REQUIRED_APPROVALS } from '@/lib/workflow/decide-approval';
import {
  countReviewQueue,
  listReviewQueueFacets,
  listReviewQueueRows,
  type ReviewQueueKeyset,
  type ReviewQueueRow,
} from '@/db/queries/review-queue';

export type ReviewQueueItemDto = {
  id: string;
  version: number;
  reviewRound: number;
  product: { id: string; name: string; model: string | null };
  productVersion: { id: string; version: string };
  vendor: { id: string; name: string };
  lab: { id: string; name: string } | null;
  networkFunction: string;
  segment: NetworkSegment;
  isVirtualized: boolean;
  submittedAt: string | null;
  updatedAt: string;
  /** When the lab submitted the evaluation of the current round: the item's age in the queue. */
  waitingSince: string;
  approvals: { given: number; required: number; byCaller: boolean };
};

export type ReviewQueuePage = Page<ReviewQueueItemDto> & { total: number };

export type ReviewQueueFilterOptions = {
  vendors: { id: string; name: string }[];
  labs: { id: string; name: string }[];
  networkFunctions: string[];
  segments: NetworkSegment[];
};

type Cursor = { s: ReviewQueueSort; d: SortDirection; k: ReviewQueueKeyset };

const isCursor = (v: unknown): v is Cursor => {
  const c = v as Partial<Cursor> | null;
  return typeof c === 'object' && c !== null && typeof c.s === 'string' && typeof c.d === 'string' && Array.isArray(c.k) && c.k.length === 3 && c.k.every((x) => typeof x === 'string');
};

function requireRegulator(actor: Actor) {
  if (!can(actor, 'review.queue')) throw forbidden('Only regulators have a review queue.');
}

function toItem(r: ReviewQueueRow): ReviewQueueItemDto {
  return {
    id: r.id,
    version: r.version,
    reviewRound: r.reviewRound,
    product: { id: r.productId, name: r.productName, model: r.productModel },
    productVersion: { id: r.productVersionId, version: r.versionLabel },
    vendor: { id: r.vendorId, name: r.vendorName },
    lab: r.labId ? { id: r.labId, name: r.labName ?? '' } : null,
    networkFunction: r.networkFunction,
    segment: r.segment,
    isVirtualized: r.isVirtualized,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
    waitingSince: new Date(r.waitingSince).toISOString(),
    approvals: { given: r.approvalsGiven, required: REQUIRED_APPROVALS[r.segment], byCaller: r.approvedByCaller },
  };
}

/**
 * The caller's review queue: submissions in `under_review`, with how long each has waited, its
 * review round and the approvals of that round (given / required: core 2, else 1; and whether the
 * caller already approved). Filters: segment, network function, vendor and lab (org ids). Sorted by
 * age (default, oldest first), vendor, function, segment or lab; paginated by cursor or offset.
 * Regulators only (others: 403). Logs nothing.
 */
export async function listReviewQueue(actor: Actor, query: unknown): Promise<ReviewQueuePage> {
  requireRegulator(actor);
  const params = parseInput(reviewQueueQuerySchema, query);
  const cursor = decodeCursor(params.cursor, isCursor);
  if (cursor && (cursor.s !== params.sort || cursor.d !== params.dir)) {
    throw badRequest('The cursor belongs to another sort order; start again without it.');
  }
  const filters = {
    segment: params.segment,
    networkFunction: params.networkFunction,
    vendorOrgId: params.vendor,
    labOrgId: params.lab,
  };
  const db = await getDb();
  const [rows, total] = await Promise.all([
    listReviewQueueRows(db, actor, {
      filters,
      sort: params.sort,
      dir: params.dir,
      after: cursor?.k,
      offset: params.offset,
      limit: params.limit + 1,
      callerUserId: actor.userId,
    }),
    countReviewQueue(db, actor, filters),
  ]);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  const next: Cursor | null = rows.length > params.limit ? { s: params.sort, d: params.dir, k: [last.sortValue, last.waitingSince, last.id] } : null;
  return { items: page.map(toItem), nextCursor: next ? encodeCursor(next) : null, total };
}

/** The vendors, labs, network functions and segments that occur in the caller's review queue. Regulators only. */
export async function getReviewQueueFilterOptions(actor: Actor): Promise<ReviewQueueFilterOptions> {
  requireRegulator(actor);
  const rows = await listReviewQueueFacets(await getDb(), actor);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const vendors = new Map(rows.map((r) => [r.vendorId, { id: r.vendorId, name: r.vendorName }]));
  const labs = new Map(rows.flatMap((r) => (r.labId ? [[r.labId, { id: r.labId, name: r.labName ?? '' }] as const] : [])));
  return {
    vendors: [...vendors.values()].sort(byName),
    labs: [...labs.values()].sort(byName),
    networkFunctions: [...new Set(rows.map((r) => r.networkFunction))].sort(),
    segments: NETWORK_SEGMENTS.filter((s) => rows.some((r) => r.segment === s)),
  };
}
