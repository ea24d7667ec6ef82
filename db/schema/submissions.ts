import type { SbomConformanceReport } from '../../lib/evidence/sbom/conformance-model';
import { pgTable, uuid, text, timestamp, integer, jsonb, index, primaryKey, bigint } from 'drizzle-orm/pg-core';
import {
  submissionStateEnum,
  evidenceKindEnum,
  evidenceVisibilityEnum,
  testResultEnum,
  decisionKindEnum,
} from './enums';
import { organizations } from './organizations';
import { users } from './users';
import { productVersions } from './products';

export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productVersionId: uuid('product_version_id').notNull().references(() => productVersions.id),
    vendorOrgId: uuid('vendor_org_id').notNull().references(() => organizations.id),
    labOrgId: uuid('lab_org_id').references(() => organizations.id),
    scheme: text('scheme').notNull().default('NESAS/SCAS'),
    state: submissionStateEnum('state').notNull().default('draft'),
    reviewRound: integer('review_round').notNull().default(0),
    conflictOfInterest: jsonb('conflict_of_interest'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** The lab's overall verdict, sent with its evaluation (required while a result is inconclusive). */
    evaluationVerdict: text('evaluation_verdict'),
  },
  (t) => [
    index('submissions_vendor_idx').on(t.vendorOrgId, t.state),
    index('submissions_lab_idx').on(t.labOrgId, t.state),
    index('submissions_state_idx').on(t.state, t.updatedAt),
  ],
);

export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id').notNull().references(() => submissions.id),
    kind: evidenceKindEnum('kind').notNull(),
    filename: text('filename').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    visibility: evidenceVisibilityEnum('visibility').notNull().default('assessment'),
    sbom: jsonb('sbom'),
    /** BSI TR-03183-2 report (lib/evidence/sbom/conformance-model), for SBOM evidence. */
    conformance: jsonb('conformance').$type<SbomConformanceReport>(),
    uploadedBy: uuid('uploaded_by').notNull().references(() => users.id),
    uploaderOrgId: uuid('uploader_org_id').notNull().references(() => organizations.id),
    logIndex: bigint('log_index', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_submission_idx').on(t.submissionId, t.createdAt), index('evidence_sha256_idx').on(t.sha256)],
);

export const testCases = pgTable('test_cases', {
  id: text('id').primaryKey(),
  spec: text('spec').notNull(),
  specVersion: text('spec_version').notNull(),
  clause: text('clause').notNull(),
  title: text('title').notNull(),
  group: text('group').notNull(),
  testNames: text('test_names').array().notNull(),
  appliesTo: text('applies_to').array().notNull(),
});

export const testResults = pgTable(
  'test_results',
  {
    submissionId: uuid('submission_id').notNull().references(() => submissions.id),
    testCaseId: text('test_case_id').notNull().references(() => testCases.id),
    specVersion: text('spec_version').notNull(),
    result: testResultEnum('result').notNull(),
    notes: text('notes'),
    evidenceId: uuid('evidence_id').references(() => evidence.id),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.submissionId, t.testCaseId] })],
);

export const decisions = pgTable(
  'decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id').notNull().references(() => submissions.id),
    reviewRound: integer('review_round').notNull(),
    kind: decisionKindEnum('kind').notNull(),
    /** For an approval: the regulator's rationale (required when failed or inconclusive results or affected advisory matches are open). */
    reason: text('reason'),
    /** Conditions an approval attaches to the certificate (e.g. "valid only with configuration X"); published. */
    conditions: text('conditions').array().notNull().default([]),
    regulatorUserId: uuid('regulator_user_id').notNull().references(() => users.id),
    regulatorOrgId: uuid('regulator_org_id').notNull().references(() => organizations.id),
    logIndex: bigint('log_index', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('decisions_submission_idx').on(t.submissionId, t.reviewRound)],
);
