import { z } from 'zod';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';

/** Columns the review queue can be sorted by; `age` is how long an item has waited for a decision. */
export const REVIEW_QUEUE_SORTS = ['age', 'vendor', 'function', 'segment', 'lab'] as const;
export type ReviewQueueSort = (typeof REVIEW_QUEUE_SORTS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const reviewQueueQuerySchema = z
  .strictObject({
    segment: z.enum(NETWORK_SEGMENTS).optional().describe('Only products of this network segment'),
    networkFunction: z.enum(NETWORK_FUNCTIONS).optional().describe('Only products of this network function'),
    vendor: z.uuid().optional().describe('Only submissions of this vendor organisation (id)'),
    lab: z.uuid().optional().describe('Only submissions evaluated by this lab organisation (id)'),
    sort: z
      .enum(REVIEW_QUEUE_SORTS)
      .default('age')
      .describe('`age` orders by the time the evaluation was submitted for review (waitingSince)'),
    dir: z.enum(SORT_DIRECTIONS).default('asc').describe('With sort=age, asc is oldest first'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(1000).optional().describe('nextCursor of the previous page, with the same sort and dir'),
    offset: z.coerce.number().int().min(0).max(100_000).optional().describe('Skip this many items (instead of a cursor)'),
  })
  .refine((q) => q.cursor === undefined || q.offset === undefined, {
    message: 'Send either cursor or offset, not both',
    path: ['offset'],
  });

const orgRef = z.object({ id: z.uuid(), name: z.string() });

export const reviewQueueItemResponseSchema = z.object({
  id: z.uuid(),
  version: z.int().describe('The submission version, for If-Match on a decision'),
  reviewRound: z.int(),
  product: z.object({ id: z.uuid(), name: z.string(), model: z.string().nullable() }),
  productVersion: z.object({ id: z.uuid(), version: z.string() }),
  vendor: orgRef,
  lab: orgRef.nullable(),
  networkFunction: z.string(),
  segment: z.enum(NETWORK_SEGMENTS),
  isVirtualized: z.boolean(),
  submittedAt: z.iso.datetime().nullable().describe('When the vendor first submitted'),
  updatedAt: z.iso.datetime(),
  waitingSince: z.iso.datetime().describe('When the lab submitted the evaluation of the current review round'),
  approvals: z.object({
    given: z.int().describe('Approvals by distinct regulators in the current review round'),
    required: z.int().describe('2 for core products (four eyes), else 1'),
    byCaller: z.boolean().describe('Whether the calling regulator has already approved in this round'),
  }),
});

export const reviewQueueResponseSchema = z.object({
  items: z.array(reviewQueueItemResponseSchema),
  nextCursor: z.string().nullable(),
  total: z.int().describe('Items matching the filters, on all pages'),
});
