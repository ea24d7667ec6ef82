import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import type { Tx } from '@/db/client';
import { badRequest, conflict, forbidden, notFound, preconditionFailed, ServiceError } from '@/lib/errors';
import { config } from '@/lib/config';
import { parseInput } from '@/lib/validation/parse';
import { actionBodySchema, type ActionBody } from '@/lib/validation/submissions';
import type { SubmissionAction } from '@/lib/workflow/submission-actions';
import { checkSubmissionTransition } from '@/lib/workflow/check-submission-transition';
import { requiresReason } from '@/lib/workflow/requires-reason';
import { submitPreconditions } from '@/lib/workflow/submit-preconditions';
import { acceptPreconditions } from '@/lib/workflow/accept-preconditions';
import { submitEvaluationPreconditions } from '@/lib/workflow/submit-evaluation-preconditions';
import { decideApproval } from '@/lib/workflow/decide-approval';
import type { UnmetRequirement } from '@/lib/workflow/unmet-requirement';
import { applicableTestCases } from '@/lib/catalogue/applicable-test-cases';
import { scasCatalogue } from '@/lib/catalogue/scas-catalogue';
import type { EntryType } from '@/lib/log/entry-types';
import { appendEntry, type AppendInput } from '@/lib/log/store/append-entry';
import * as q from '@/db/queries/submissions';
import { findVersionWithProduct } from '@/db/queries/products';
import { findOrganizationById } from '@/db/queries/organizations';
import { listAccreditationsOfLab, listEvidenceOfSubmission, resultTestCaseIds, specVersionsOfResults } from '@/db/queries/evidence';
import { accreditationForAccept } from './lab-eligibility';
import { workflowActorKind } from './workflow-actor';
import { getSubmission, type SubmissionDetailDto } from './submissions';
import { notifyAfterSubmissionAction } from './notify-submission';
import { forgetRegistryTotals } from '@/lib/registry/registry-totals';

const ENTRY_OF_ACTION = {
  submit: 'submission.submitted',
  withdraw: 'submission.withdrawn',
  accept: 'submission.accepted',
  decline: 'submission.declined',
  submit_evaluation: 'evaluation.submitted',
  approve: 'decision.approved',
  reject: 'decision.rejected',
  request_changes: 'decision.changes_requested',
  resubmit: 'submission.resubmitted',
} as const satisfies Record<SubmissionAction, EntryType>;

function refuseUnmet(unmet: UnmetRequirement[], state: string) {
  if (unmet.length === 0) return;
  throw new ServiceError(409, 'Requirements not met', unmet.map((u) => u.message).join('; ') + '.', {
    currentState: state,
    unmet,
  });
}

type Context = {
  tx: Tx;
  actor: Actor;
  row: q.SubmissionRow;
  body: ActionBody;
  now: Date;
  version: NonNullable<Awaited<ReturnType<typeof findVersionWithProduct>>>;
};

/**
 * Fires a workflow action on a submission (PRODUCT.md): checks visibility (404), the actor's role
 * (403), the state (409 naming it), `If-Match` (412) and the action's preconditions, then writes the
 * new state and its log entry in one transaction. The row is locked, so racing actions queue and
 * all but the first find the state already moved on.
 */
export async function performSubmissionAction(
  actor: Actor,
  submissionId: string,
  action: SubmissionAction,
  input: unknown,
  ifVersion?: number,
): Promise<SubmissionDetailDto | SubmissionOutOfReachDto> {
  const body = parseInput(actionBodySchema, input ?? {});
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const row = await q.findVisibleSubmission(tx, actor, submissionId, { lock: true });
    if (!row) throw notFound('Submission');
    const kind = workflowActorKind(actor);
    if (!kind) throw forbidden('Operators take no part in the submission workflow.');
    const check = checkSubmissionTransition({ state: row.state, action, actorKind: kind });
    if (!check.ok) {
      if (check.code === 'wrong_actor') throw forbidden(check.message);
      throw conflict(`${check.message}.`, row.state);
    }
    if (ifVersion !== undefined && ifVersion !== row.version) throw preconditionFailed(row.version);
    if (requiresReason(action) && !body.reason) throw badRequest(`A reason is required to ${action.replace('_', ' ')}.`, [{ path: 'reason', message: 'Required' }]);
    const version = (await findVersionWithProduct(tx, row.productVersionId))!;
    await HANDLERS[action]({ tx, actor, row, body, now: new Date(), version }, check.next);
    return (await q.findSubmissionById(tx, submissionId))!;
  });
  if (outcome.state === 'approved') forgetRegistryTotals(); // a certificate was issued
  // Notifications (inbox): sent after commit, so a failure there can never undo or fail the action.
  await notifyAfterSubmissionAction({ actor, action, submission: outcome, reason: body.reason });
  // A lab that declines hands the draft back to the vendor and can no longer see it.
  const stillVisible = await q.findVisibleSubmission(db, actor, submissionId);
  return stillVisible ? getSubmission(actor, submissionId) : { id: outcome.id, state: outcome.state, version: outcome.version, isVisible: false };
}

/** What the actor learns after an action that moved the submission out of their sight. */
export type SubmissionOutOfReachDto = { id: string; state: q.SubmissionRow['state']; version: number; isVisible: false };

async function transition(
  ctx: Context,
  next: q.SubmissionRow['state'],
  values: Partial<q.SubmissionRow>,
  data: Record<string, unknown>,
  type: EntryType,
) {
  const updated = await q.updateSubmission(ctx.tx, ctx.row.id, ctx.row.version, { state: next, ...values });
  if (!updated) throw conflict('The submission changed while you were acting on it; reload and retry.', ctx.row.state);
  // Until submissions move onto the command runner: the transition's data is typed per action there.
  const entry = await appendEntry(ctx.tx, {
    type,
    actor: ctx.actor,
    subject: { kind: 'submission', id: ctx.row.id },
    data: { from: ctx.row.state, to: next, ...data },
    now: ctx.now,
  } as AppendInput);
  return { updated, entry };
}

type Handler = (ctx: Context, next: q.SubmissionRow['state']) => Promise<void>;

const HANDLERS: Record<SubmissionAction, Handler> = {
  async submit(ctx, next) {
    const evidence = await listEvidenceOfSubmission(ctx.tx, ctx.row.id);
    refuseUnmet(submitPreconditions({ evidenceCount: evidence.length, labOrgId: ctx.row.labOrgId }), ctx.row.state);
    await transition(ctx, next, { submittedAt: ctx.now }, { labOrgId: ctx.row.labOrgId }, ENTRY_OF_ACTION.submit);
  },

  async withdraw(ctx, next) {
    await transition(ctx, next, {}, { reason: ctx.body.reason ?? null }, ENTRY_OF_ACTION.withdraw);
  },

  async accept(ctx, next) {
    const lab = (await findOrganizationById(ctx.tx, ctx.actor.orgId))!;
    const vendor = (await findOrganizationById(ctx.tx, ctx.row.vendorOrgId))!;
    const nf = ctx.version.product.networkFunction;
    const accreditation = accreditationForAccept(await listAccreditationsOfLab(ctx.tx, lab.id), nf, ctx.now);
    const coi = ctx.body.conflictOfInterest ?? null;
    refuseUnmet(
      acceptPreconditions({ accreditation, networkFunction: nf, labGroup: lab.group, vendorGroup: vendor.group, conflictOfInterest: coi, now: ctx.now }),
      ctx.row.state,
    );
    const declaration = { ...coi!, declaredBy: ctx.actor.userId, declaredAt: ctx.now.toISOString() };
    await transition(ctx, next, { conflictOfInterest: declaration }, { conflictOfInterest: declaration, accreditationId: accreditation!.id }, ENTRY_OF_ACTION.accept);
  },

  async decline(ctx, next) {
    await transition(ctx, next, {}, { reason: ctx.body.reason }, ENTRY_OF_ACTION.decline);
  },

  async submit_evaluation(ctx, next) {
    const product = ctx.version.product;
    const applicable = applicableTestCases(scasCatalogue, product.networkFunction, product.isVirtualized).map((t) => t.id);
    const recorded = await resultTestCaseIds(ctx.tx, ctx.row.id);
    const reports = (await listEvidenceOfSubmission(ctx.tx, ctx.row.id)).filter(
      (e) => e.kind === 'evaluation_report' && e.uploaderOrgId === ctx.actor.orgId,
    );
    refuseUnmet(
      submitEvaluationPreconditions({ applicableTestCaseIds: applicable, resultTestCaseIds: recorded, hasEvaluationReport: reports.length > 0 }),
      ctx.row.state,
    );
    const round = ctx.row.reviewRound + 1;
    await transition(ctx, next, { reviewRound: round }, { reviewRound: round, resultCount: recorded.length }, ENTRY_OF_ACTION.submit_evaluation);
  },

  async approve(ctx, next) {
    const prior = (await q.listDecisions(ctx.tx, ctx.row.id)).filter((d) => d.reviewRound === ctx.row.reviewRound && d.kind === 'approve');
    const decision = decideApproval({
      segment: ctx.version.product.segment,
      priorApprovals: prior.map((d) => ({ userId: d.regulatorUserId })),
      userId: ctx.actor.userId,
    });
    if (!decision.ok) throw conflict(decision.message + '.', ctx.row.state);
    const isFinal = decision.outcome === 'approved';
    const state = isFinal ? next : ctx.row.state;
    const approvals = { given: prior.length + 1, required: ctx.version.product.segment === 'core' ? 2 : 1 };
    const { entry } = await transitionWithDecision(ctx, state, 'approve', { approvals });
    if (isFinal) await issueCertificate(ctx, entry.index);
  },

  async reject(ctx, next) {
    await transitionWithDecision(ctx, next, 'reject', {});
  },

  async request_changes(ctx, next) {
    await transitionWithDecision(ctx, next, 'request_changes', {});
  },

  async resubmit(ctx, next) {
    const decisions = await q.listDecisions(ctx.tx, ctx.row.id);
    const request = decisions.filter((d) => d.kind === 'request_changes').pop();
    const evidence = await listEvidenceOfSubmission(ctx.tx, ctx.row.id);
    const answered = evidence.some((e) => e.uploaderOrgId === ctx.row.vendorOrgId && (!request || e.createdAt > request.createdAt));
    if (!answered) {
      throw new ServiceError(409, 'Requirements not met', 'Add evidence that answers the change request before resubmitting.', {
        currentState: ctx.row.state,
        unmet: [{ code: 'evidence_missing', message: 'Add evidence that answers the change request' }],
      });
    }
    await transition(ctx, next, {}, { reason: ctx.body.reason ?? null }, ENTRY_OF_ACTION.resubmit);
  },
};

async function transitionWithDecision(
  ctx: Context,
  state: q.SubmissionRow['state'],
  kind: 'approve' | 'reject' | 'request_changes',
  data: Record<string, unknown>,
) {
  const decision = await q.insertDecision(ctx.tx, {
    submissionId: ctx.row.id,
    reviewRound: ctx.row.reviewRound,
    kind,
    reason: ctx.body.reason ?? null,
    regulatorUserId: ctx.actor.userId,
    regulatorOrgId: ctx.actor.orgId,
  });
  const type = kind === 'approve' ? ENTRY_OF_ACTION.approve : kind === 'reject' ? ENTRY_OF_ACTION.reject : ENTRY_OF_ACTION.request_changes;
  const result = await transition(ctx, state, {}, { decisionId: decision.id, reason: decision.reason, reviewRound: ctx.row.reviewRound, ...data }, type);
  await q.setDecisionLogIndex(ctx.tx, decision.id, result.entry.index);
  return result;
}

async function issueCertificate(ctx: Context, decisionLogIndex: number) {
  const issuedAt = ctx.now;
  const expiresAt = new Date(issuedAt);
  expiresAt.setUTCMonth(expiresAt.getUTCMonth() + config().certificateValidityMonths);
  const lab = await findOrganizationById(ctx.tx, ctx.row.labOrgId!);
  const { product, version, vendorName } = ctx.version;
  const specVersions = await specVersionsOfResults(ctx.tx, ctx.row.id);
  const certificate = await q.insertCertificate(ctx.tx, {
    submissionId: ctx.row.id,
    productVersionId: ctx.row.productVersionId,
    vendorOrgId: ctx.row.vendorOrgId,
    labOrgId: ctx.row.labOrgId!,
    scheme: ctx.row.scheme,
    issuedAt,
    expiresAt,
    productName: product.name,
    productModel: product.model,
    versionLabel: version.version,
    vendorName,
    labName: lab?.name ?? '',
    networkFunction: product.networkFunction,
    segment: product.segment,
    specVersions,
  });
  await appendEntry(ctx.tx, {
    type: 'certificate.issued',
    actor: ctx.actor,
    subject: { kind: 'certificate', id: certificate.id },
    data: {
      submissionId: ctx.row.id,
      product: product.name,
      model: product.model,
      version: version.version,
      vendor: vendorName,
      networkFunction: product.networkFunction,
      segment: product.segment,
      lab: lab?.name ?? null,
      scheme: certificate.scheme,
      specVersions,
      issuedAt: certificate.issuedAt.toISOString(),
      expiresAt: certificate.expiresAt.toISOString(),
      decisionLogIndex,
    },
    now: ctx.now,
  });
}
