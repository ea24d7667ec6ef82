import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import type { SubmissionSummaryDto } from './submission-dto';
import { badRequest, forbidden } from '@/lib/errors';
import { decodeCursor, encodeCursor, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation/parse';
import type { SubmissionState } from '@/lib/workflow/submission-states';
import { countAssignmentsByState, listAssignmentRows, type AssignmentOrder, type AssignmentRow } from '@/db/queries/assignments';

/** How a lab's assignments are grouped: by what the lab has to do next. */
export const ASSIGNMENT_TABS = ['submitted', 'in_evaluation', 'under_review', 'changes_requested', 'closed'] as const;
export type AssignmentTab = (typeof ASSIGNMENT_TABS)[number];

export const ASSIGNMENT_TAB_STATES = {
  submitted: ['submitted'],
  in_evaluation: ['in_evaluation'],
  under_review: ['under_review'],
  changes_requested: ['changes_requested'],
  closed: ['approved', 'rejected', 'withdrawn'],
} as const satisfies Record<AssignmentTab, readonly SubmissionState[]>;

const ALL_VISIBLE_STATES = Object.values(ASSIGNMENT_TAB_STATES).flat();

export const listAssignmentsQuerySchema = z.strictObject({
  state: z.enum(ASSIGNMENT_TABS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** One assignment: the submission as a lab sees it in its list. */
export type AssignmentDto = SubmissionSummaryDto;

export type AssignmentsPage = Page<AssignmentDto> & {
  /** Assignments per tab (over all pages), and `all`. */
  counts: Record<AssignmentTab | 'all', number>;
};

type Cursor = { o: AssignmentOrder; k: [string, string] };
const isCursor = (v: unknown): v is Cursor => {
  const c = v as Partial<Cursor> | null;
  return typeof c === 'object' && c !== null && typeof c.o === 'string' && Array.isArray(c.k) && c.k.length === 2 && c.k.every((x) => typeof x === 'string');
};

function toDto(r: AssignmentRow, actor: Actor): AssignmentDto {
  const s = r.submission;
  return {
    id: s.id,
    state: s.state,
    version: s.version,
    scheme: s.scheme,
    product: { id: r.productId, name: r.productName, model: r.productModel, networkFunction: r.networkFunction, segment: r.segment, isVirtualized: r.isVirtualized },
    productVersion: { id: s.productVersionId, version: r.versionLabel },
    vendor: { id: s.vendorOrgId, name: r.vendorName },
    lab: { id: actor.orgId, name: actor.orgName },
    reviewRound: s.reviewRound,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    submittedAt: s.submittedAt?.toISOString() ?? null,
  };
}

/**
 * The submissions assigned to the caller's lab that it may see (submitted and later; never drafts),
 * optionally one tab of them (`submitted` = awaiting the lab's accept/decline, `in_evaluation`,
 * `under_review`, `changes_requested`, `closed` = approved/rejected/withdrawn), with counts per tab.
 * Work still to do (submitted, in evaluation) is listed oldest first, the rest most recently changed
 * first. Labs only (others: 403). Logs nothing.
 */
export async function listAssignments(actor: Actor, query: unknown): Promise<AssignmentsPage> {
  if (!can(actor, 'assignment.respond')) throw forbidden('Only labs have assignments.');
  const params = parseInput(listAssignmentsQuerySchema, query);
  const order: AssignmentOrder = params.state === 'submitted' || params.state === 'in_evaluation' ? 'waiting' : 'recent';
  const cursor = decodeCursor(params.cursor, isCursor);
  if (cursor && cursor.o !== order) throw badRequest('The cursor belongs to another list; start again without it.');
  const db = await getDb();
  const states = params.state ? ASSIGNMENT_TAB_STATES[params.state] : ALL_VISIBLE_STATES;
  const [rows, byState] = await Promise.all([
    listAssignmentRows(db, actor, { states, order, after: cursor?.k, limit: params.limit + 1 }),
    countAssignmentsByState(db, actor),
  ]);
  const perState = new Map(byState.map((c) => [c.state, c.n]));
  const counts = Object.fromEntries(
    ASSIGNMENT_TABS.map((tab) => [tab, ASSIGNMENT_TAB_STATES[tab].reduce((sum, state) => sum + (perState.get(state) ?? 0), 0)]),
  ) as Record<AssignmentTab, number>;
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toDto(r, actor)),
    nextCursor: rows.length > params.limit ? encodeCursor({ o: order, k: [last.sortKey, last.submission.id] } satisfies Cursor) : null,
    counts: { ...counts, all: ASSIGNMENT_TABS.reduce((sum, tab) => sum + counts[tab], 0) },
  };
}
