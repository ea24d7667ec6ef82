import { z } from 'zod';
import { NETWORK_FUNCTIONS } from '@/lib/catalogue/network-functions';
import { TEST_RESULTS } from '@/lib/results/test-results';

export const MAX_RESULTS_PER_REQUEST = 1000;
export const MAX_NOTES_LENGTH = 5000;

const validFunctions = NETWORK_FUNCTIONS.join(', ');

export const catalogueQuerySchema = z.strictObject({
  networkFunction: z.enum(NETWORK_FUNCTIONS, {
    error: (issue) =>
      issue.input === undefined
        ? `Required; one of: ${validFunctions}`
        : `Unknown network function "${String(issue.input)}"; expected one of: ${validFunctions}`,
  }),
  virtualized: z
    .enum(['true', 'false'], { error: 'Expected "true" or "false"' })
    .default('false')
    .transform((v) => v === 'true'),
});

export const testCaseResponseSchema = z.object({
  id: z.string(),
  spec: z.string(),
  specVersion: z.string(),
  clause: z.string(),
  title: z.string(),
  group: z.string(),
  testNames: z.array(z.string()),
});

export const catalogueResponseSchema = z.object({ items: z.array(testCaseResponseSchema) });

const resultItemSchema = z.strictObject({
  testCaseId: z.string().trim().min(1).max(100),
  result: z.enum(TEST_RESULTS),
  // `null` and "" clear the field, so a client can send back what GET returned.
  notes: z
    .string()
    .trim()
    .max(MAX_NOTES_LENGTH)
    .nullish()
    .transform((v) => (v ? v : null)),
  evidenceId: z.uuid().nullish().transform((v) => v ?? null),
});

/** The PUT body `{results: [...]}` with at most `max` items and no test case twice. */
export function resultsBodySchema(max: number) {
  return z.strictObject({
    results: z
      .array(resultItemSchema)
      .min(1)
      .max(max)
      .superRefine((items, ctx) => {
        const firstIndex = new Map<string, number>();
        items.forEach((item, index) => {
          const first = firstIndex.get(item.testCaseId);
          if (first === undefined) firstIndex.set(item.testCaseId, index);
          else ctx.addIssue({ code: 'custom', path: [index, 'testCaseId'], message: `Duplicate of results.${first}.testCaseId (${item.testCaseId})` });
        });
      }),
  });
}

export const recordResultsSchema = resultsBodySchema(MAX_RESULTS_PER_REQUEST);
export type RecordResultsInput = z.output<typeof recordResultsSchema>;

export const resultsQuerySchema = z.strictObject({
  format: z.enum(['json', 'csv']).default('json'),
});

const countsShape = {
  pass: z.int(),
  fail: z.int(),
  inconclusive: z.int(),
  not_applicable: z.int(),
};

export const resultCountsResponseSchema = z.object(countsShape);
export const resultsSummaryResponseSchema = z.object({ ...countsShape, missing: z.int(), total: z.int() });

export const resultItemResponseSchema = z.object({
  testCaseId: z.string(),
  spec: z.string(),
  specVersion: z.string().describe('The catalogue version of the spec: what a result recorded now is pinned to'),
  clause: z.string(),
  title: z.string(),
  group: z.string(),
  testNames: z.array(z.string()),
  result: z.enum(TEST_RESULTS).nullable(),
  recordedSpecVersion: z.string().nullable().describe('The spec version the recorded result was evaluated against'),
  notes: z.string().nullable(),
  evidenceId: z.uuid().nullable(),
  recordedAt: z.iso.datetime().nullable(),
});

export const resultsResponseSchema = z.object({
  submissionId: z.uuid(),
  submissionVersion: z.int(),
  state: z.string(),
  networkFunction: z.string(),
  isVirtualized: z.boolean(),
  items: z.array(resultItemResponseSchema),
  summary: resultsSummaryResponseSchema,
});

export const recordResultsResponseSchema = z.object({
  submissionId: z.uuid(),
  submissionVersion: z.int().describe('Unchanged: recording results is not a state change'),
  recorded: z.int(),
  counts: resultCountsResponseSchema.describe('The results of this request, by result'),
  summary: resultsSummaryResponseSchema.describe('The whole submission after this request'),
  logIndex: z.int(),
});
