import { z } from 'zod';
import { NETWORK_SEGMENTS } from '@/lib/catalogue/network-segments';
import { CERTIFICATE_STATUSES } from '@/lib/workflow/certificate-statuses';

const reason = z.string().trim().min(1, 'Give a reason; it is recorded in the transparency log.').max(2000);
const segment = z.enum(NETWORK_SEGMENTS, 'Choose a network segment: ran, transport or core');

export const thresholdParamsSchema = z.object({ segment });

/** A regulator's thresholds for one segment: a vendor's share in percent (two decimals at most) and the HHI. */
export const setThresholdSchema = z.strictObject({
  sharePercent: z
    .number('Give the share as a number of percent')
    .min(0.01, 'The share threshold must be at least 0.01 %')
    .max(100, 'The share threshold cannot be over 100 %')
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'Use at most two decimals')
    .describe('The share one vendor may hold, in percent (40 = 40 %); strictly over it is flagged'),
  hhi: z.int('The HHI threshold is a whole number').min(1, 'The HHI threshold must be 1 to 10 000').max(10_000, 'The HHI threshold must be 1 to 10 000'),
  reason,
});

export const phaseOutParamsSchema = z.object({ segment, vendorId: z.uuid('Not a valid vendor id') });

export const setPhaseOutSchema = z.strictObject({
  deadline: z.iso.date('Give the deadline as a date (YYYY-MM-DD)').describe('The last day the vendor’s units may run in the segment'),
  reason,
});

export const cancelPhaseOutSchema = z.strictObject({ reason });

export const trendQuerySchema = z.strictObject({
  operator: z.uuid().optional().describe('Regulators only: one operator organisation (id); without it, all operators together'),
});

// Response shapes, for the OpenAPI document (the services return exactly these fields).

const orgRef = z.object({ id: z.uuid(), name: z.string() });
const fractionSchema = z.object({ numerator: z.int(), denominator: z.int() });
const flags = z.array(z.enum(['share', 'hhi'])).describe('share: a vendor over the share threshold; hhi: the HHI over its threshold; empty: not flagged');

const vendorShare = z.object({
  vendorId: z.uuid(),
  vendorName: z.string(),
  units: z.int(),
  share: fractionSchema.describe('units / units of the group, exact, in lowest terms'),
  percent: z.number(),
  isConcentrated: z.boolean().describe('share strictly over the segment’s share threshold'),
  operatorCount: z.int().describe('Operator networks running this vendor here (the inventory has no site dimension)'),
});

const concentration = { totalUnits: z.int(), vendors: z.array(vendorShare), hhi: z.int().describe('Herfindahl–Hirschman index, 0–10 000'), flags };

export const thresholdSchema = z.object({
  shareBasisPoints: z.int().describe('5000 = 50 %'),
  hhi: z.int(),
  isDefault: z.boolean().describe('true: no regulator set it; the configured defaults apply'),
});

export const phaseOutSchema = z.object({
  id: z.uuid(),
  segment: z.enum(NETWORK_SEGMENTS),
  vendor: orgRef,
  deadline: z.iso.date(),
  reason: z.string(),
  updatedAt: z.iso.datetime(),
  version: z.int(),
  unitsRemaining: z.int().describe('The vendor’s units in the segment, in the scope asked for'),
  daysLeft: z.int().describe('Days from today (UTC) to the deadline; negative once passed'),
  state: z.enum(['done', 'running', 'due_today', 'overdue']),
  text: z.string().describe('The countdown in words: "142 days left; 37 units remain"'),
  logIndex: z.int().optional().describe('Only in the answer to PUT: the log entry of this change'),
});

export const concentrationFlagSchema = z.object({
  segment: z.enum(NETWORK_SEGMENTS),
  networkFunction: z.string().nullable().describe('null: the segment as a whole'),
  flags,
  hhi: z.int(),
  topVendor: z.object({ vendorId: z.uuid(), vendorName: z.string(), percent: z.number() }),
});

export const diversityResponseSchema = z.object({
  scope: z.object({ operator: orgRef.nullable().describe('null: all operators together (regulators)') }),
  threshold: z.number().describe('The configured default share threshold as a fraction (0.5 = 50 %); each segment’s own in segments[].threshold'),
  totalUnits: z.int(),
  flaggedCount: z.int(),
  segments: z.array(
    z.object({
      segment: z.enum(NETWORK_SEGMENTS),
      threshold: thresholdSchema,
      ...concentration,
      concentrated: z.array(z.object({ vendorId: z.uuid(), vendorName: z.string(), units: z.int(), percent: z.number() })),
      networkFunctions: z.array(z.object({ networkFunction: z.string(), ...concentration })),
      flagged: z.array(
        z.object({
          productVersionId: z.uuid(),
          label: z.string(),
          vendorId: z.uuid(),
          vendorName: z.string(),
          units: z.int(),
          certificateStatus: z.enum(CERTIFICATE_STATUSES).nullable(),
          reason: z.enum(['suspended', 'revoked', 'expired', 'missing']),
          operator: orgRef.nullable(),
        }),
      ),
    }),
  ),
  concentrationFlags: z.array(concentrationFlagSchema).describe('Every segment and network function over a threshold, segments first'),
  phaseOuts: z.array(phaseOutSchema),
  operators: z.array(z.object({ id: z.uuid(), name: z.string(), totalUnits: z.int() })).nullable().describe('Regulators: every operator; operators: null'),
});

export const thresholdResponseSchema = thresholdSchema.extend({
  segment: z.enum(NETWORK_SEGMENTS),
  logIndex: z.int().optional().describe('Only in the answer to PUT'),
});

const trendSegment = z.object({
  totalUnits: z.int(),
  hhi: z.int(),
  vendors: z.array(z.object({ vendorId: z.uuid(), units: z.int(), percent: z.number() })),
});

export const trendResponseSchema = z.object({
  scope: z.object({ operator: orgRef.nullable() }),
  bucket: z.enum(['change', 'month']).describe('One point per logged inventory change, or (past 24 changes) per calendar month'),
  points: z.array(
    z.object({
      at: z.string().describe('RFC 3339 time of the change, or YYYY-MM for a month'),
      logIndex: z.int().describe('The last deployments.replaced entry the point includes'),
      segments: z.object({ ran: trendSegment, transport: trendSegment, core: trendSegment }),
    }),
  ),
  vendors: z.array(orgRef),
  unverified: z.int().describe('Logged changes left out: no stored inventory, or one whose SHA-256 differs from the log entry'),
});
