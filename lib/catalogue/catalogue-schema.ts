import { z } from 'zod';

const specNameSchema = z.string().regex(/^TS \d{2}\.\d{3}$/, 'expected a spec name like "TS 33.117"');
const specVersionSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a version like "18.1.0"');
const clauseSchema = z.string().regex(/^\d+(\.\d+)*$/, 'expected a clause number like "4.2.2.1"');

/** One catalogue entry: a clause with one or more test cases. */
export const catalogueTestCaseSchema = z.object({
  id: z.string().min(1),
  clause: clauseSchema,
  title: z.string().min(1),
  group: z.string().min(1),
  test_names: z.array(z.string().min(1)).optional(),
  test_case_count: z.int().positive().optional(),
  requirement_name: z.string().min(1).optional(),
  note: z.string().optional(),
});

/** One SCAS spec with the network functions it applies to and its test cases. */
export const catalogueSpecSchema = z
  .object({
    spec: specNameSchema,
    title: z.string().min(1),
    applies_to: z.array(z.string().min(1)).min(1),
    network_segment: z.enum(['ran', 'transport', 'core', 'any']),
    version: specVersionSchema.optional(),
    release: z.string().optional(),
    versions_checked: z.array(specVersionSchema).optional(),
    note: z.string().optional(),
    clauses_without_own_test_case: z
      .array(z.object({ clause: clauseSchema, title: z.string(), group: z.string(), evidence: z.string() }))
      .optional(),
    test_cases: z.array(catalogueTestCaseSchema),
  })
  .superRefine((spec, ctx) => {
    // A result must name the exact spec version the lab evaluated against.
    if (spec.test_cases.length > 0 && spec.version === undefined) {
      ctx.addIssue({ code: 'custom', path: ['version'], message: `${spec.spec} has test cases but no version` });
    }
    const specNumber = spec.spec.slice('TS '.length);
    spec.test_cases.forEach((testCase, index) => {
      const expectedId = `${specNumber}-${testCase.clause}`;
      if (testCase.id !== expectedId) {
        ctx.addIssue({
          code: 'custom',
          path: ['test_cases', index, 'id'],
          message: `expected id "${expectedId}", got "${testCase.id}"`,
        });
      }
    });
  });

/** The whole db/data/scas-catalogue.json file. */
export const catalogueSchema = z
  .object({
    source_note: z.string().min(1),
    generated: z.iso.date(),
    specs: z.array(catalogueSpecSchema).min(1),
    unconfirmed: z.array(z.object({ spec: specNameSchema, item: z.string(), note: z.string() })),
  })
  .superRefine((catalogue, ctx) => {
    const seenSpecs = new Set<string>();
    const seenIds = new Set<string>();
    catalogue.specs.forEach((spec, specIndex) => {
      if (seenSpecs.has(spec.spec)) {
        ctx.addIssue({ code: 'custom', path: ['specs', specIndex, 'spec'], message: `duplicate spec ${spec.spec}` });
      }
      seenSpecs.add(spec.spec);
      spec.test_cases.forEach((testCase, index) => {
        if (seenIds.has(testCase.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['specs', specIndex, 'test_cases', index, 'id'],
            message: `duplicate test case id ${testCase.id}`,
          });
        }
        seenIds.add(testCase.id);
      });
    });
  });

/** A parsed SCAS catalogue. */
export type Catalogue = z.infer<typeof catalogueSchema>;
