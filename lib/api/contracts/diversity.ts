import { diversityQuerySchema } from '@/lib/validation/operators';
import {
  cancelPhaseOutSchema,
  diversityResponseSchema,
  phaseOutParamsSchema,
  phaseOutSchema,
  setPhaseOutSchema,
  setThresholdSchema,
  thresholdParamsSchema,
  thresholdResponseSchema,
  trendQuerySchema,
  trendResponseSchema,
} from '@/lib/validation/diversity';
import { defineContract } from '../contract';

export const getDiversity = defineContract({
  operationId: 'getDiversity',
  method: 'GET',
  path: '/api/v1/diversity',
  tag: 'diversity',
  summary:
    "Vendor diversity per segment (ran, transport, core) and per network function: units, each vendor's exact share and the operator networks it runs in, the HHI (0–10 000), flags against the segment's thresholds (share default 50 %, HHI 2500, or what a regulator set; strictly over), the concentration flags, phase-outs with countdowns, and deployed versions whose certificate is suspended, revoked, expired or missing. Operators: their own (?operator= of another is 403). Regulators: all operators together, or ?operator=, plus the list of operators. Vendors and labs: 403",
  query: diversityQuerySchema,
  response: { status: 200, content: { 'application/json': diversityResponseSchema } },
  errors: [403, 404],
});

export const getDiversityTrend = defineContract({
  operationId: 'getDiversityTrend',
  method: 'GET',
  path: '/api/v1/diversity/trend',
  tag: 'diversity',
  summary:
    "Each vendor's share of each segment over time, rebuilt from the logged inventory changes (deployments.replaced entries; each stored inventory is checked against the entry's sha256, and changes that cannot be checked are counted in unverified): one point per change, or per month past 24 changes. Operators their own; regulators all or ?operator=. Vendors and labs 403",
  query: trendQuerySchema,
  response: { status: 200, content: { 'application/json': trendResponseSchema } },
  errors: [403, 404],
});

export const setConcentrationThreshold = defineContract({
  operationId: 'setConcentrationThreshold',
  method: 'PUT',
  path: '/api/v1/diversity/thresholds/{segment}',
  tag: 'diversity',
  summary:
    'Regulators: set a segment\'s concentration thresholds, {sharePercent, hhi, reason}; they apply to the segment and to each network function in it. If-Match: the threshold version ("0" while the defaults apply), 412 when stale. Operators 403, vendors and labs 404. Logs diversity.threshold_set',
  params: thresholdParamsSchema,
  body: { content: { 'application/json': setThresholdSchema } },
  response: { status: 200, content: { 'application/json': thresholdResponseSchema } },
  errors: [404, 409, 412],
});

export const setPhaseOut = defineContract({
  operationId: 'setPhaseOut',
  method: 'PUT',
  path: '/api/v1/diversity/phase-outs/{segment}/{vendorId}',
  tag: 'diversity',
  summary:
    "Regulators: set or move the date by which a high-risk vendor's units must be gone from a segment, {deadline (YYYY-MM-DD, today or later), reason}; the answer carries the national countdown. Unknown vendor 404; operators 403, vendors and labs 404. Logs diversity.phase_out_set",
  params: phaseOutParamsSchema,
  body: { content: { 'application/json': setPhaseOutSchema } },
  response: { status: 200, content: { 'application/json': phaseOutSchema } },
  errors: [404],
});

export const removePhaseOut = defineContract({
  operationId: 'removePhaseOut',
  method: 'POST',
  path: '/api/v1/diversity/phase-outs/{segment}/{vendorId}/remove',
  tag: 'diversity',
  summary: 'Regulators: remove a phase-out, {reason}. None for that vendor and segment 404; operators 403, vendors and labs 404. Logs diversity.phase_out_removed',
  params: phaseOutParamsSchema,
  body: { content: { 'application/json': cancelPhaseOutSchema } },
  response: { status: 200, content: { 'application/json': phaseOutSchema } },
  errors: [404],
});
