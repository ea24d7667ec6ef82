import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/permissions';
import { getDb } from '@/lib/db';
import { conflict, forbidden, notFound, preconditionFailed } from '@/lib/errors';
import { appendEntry } from '@/lib/log/store/append-entry';
import { parseInput } from '@/lib/validation/parse';
import { isOperatorDataVisible, seesOperatorData } from '@/lib/visibility/operators';
import { operatorDecisionSchema, operatorDecisionsQuerySchema, type OperatorDecisionKind } from '@/lib/validation/operators';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import type { CertificateStatus } from '@/lib/workflow/certificate-statuses';
import * as q from '@/db/queries/operators';
import { unsafeEntriesForSubject } from './transparency-log';

export type OperatorDecisionDto = {
  id: string;
  certificateId: string;
  operator: { id: string; name: string };
  decision: OperatorDecisionKind;
  rationale: string;
  decidedBy: { id: string; name: string };
  decidedAt: string;
  version: number;
  certificate: { productName: string; versionLabel: string; vendorName: string; status: CertificateStatus };
};

export type OperatorDecisionHistoryItem = {
  logIndex: number;
  at: string;
  decision: OperatorDecisionKind;
  rationale: string;
  version: number;
};

/** The log subject of an operator decision. Not `certificate`: those entries are public, decisions are not. */
export const OPERATOR_DECISION_SUBJECT = 'operator_decision';

const isUuid = (value: string) => z.uuid().safeParse(value).success;

function toDto(r: q.OperatorDecisionListRow, now = new Date()): OperatorDecisionDto {
  return {
    id: r.decision.id,
    certificateId: r.decision.certificateId,
    operator: { id: r.decision.operatorOrgId, name: r.operatorName },
    decision: r.decision.decision,
    rationale: r.decision.rationale,
    decidedBy: { id: r.decision.decidedBy, name: r.deciderName },
    decidedAt: r.decision.decidedAt.toISOString(),
    version: r.decision.version,
    certificate: {
      productName: r.productName,
      versionLabel: r.versionLabel,
      vendorName: r.vendorName,
      status: effectiveCertificateStatus(r.certificateStatus, r.certificateExpiresAt, now),
    },
  };
}

/**
 * Records the caller's organisation's accept or reject of a certificate for its own network, with a
 * rationale; a later call replaces it (the row's `version` goes up; `ifVersion` — 0 for "no decision
 * yet" — guards against overwriting a colleague's change: 412). Operators only (others 403); an
 * unknown certificate is 404; accepting a certificate that is not valid is 409 naming its status
 * (rejecting is always possible). Logs `operator.decision` with subject `operator_decision:<id>`,
 * never the certificate: certificate entries are public, decisions are for the operator and
 * regulators only.
 */
export async function recordOperatorDecision(
  actor: Actor,
  certificateId: string,
  input: unknown,
  ifVersion?: number,
): Promise<OperatorDecisionDto & { logIndex: number }> {
  if (!can(actor, 'operator.decide')) throw forbidden('Only operators record acceptance decisions for their network.');
  if (!isUuid(certificateId)) throw notFound('Certificate');
  const data = parseInput(operatorDecisionSchema, input);
  const db = await getDb();
  const now = new Date();
  return db.transaction(async (tx) => {
    const certificate = await q.findCertificateById(tx, certificateId);
    if (!certificate) throw notFound('Certificate');
    const status = effectiveCertificateStatus(certificate.status, certificate.expiresAt, now);
    if (data.decision === 'accept' && status !== 'valid') {
      throw conflict(`The certificate is ${status}; only a valid certificate can be accepted. You can record a rejection.`, status);
    }
    const existing = await q.lockOperatorDecision(tx, certificateId, actor.orgId);
    if (ifVersion !== undefined && ifVersion !== (existing?.version ?? 0)) throw preconditionFailed(existing?.version ?? 0);
    const values = { certificateId, operatorOrgId: actor.orgId, decision: data.decision, rationale: data.rationale, decidedBy: actor.userId, decidedAt: now };
    const saved = await q.upsertOperatorDecision(tx, values, ifVersion);
    // A first decision made by a colleague meanwhile (the lock above had no row to hold).
    if (!saved) throw preconditionFailed((await q.lockOperatorDecision(tx, certificateId, actor.orgId))?.version ?? 0);
    const entry = await appendEntry(tx, {
      type: 'operator.decision',
      actor,
      subject: { kind: OPERATOR_DECISION_SUBJECT, id: saved.id },
      data: {
        certificateId,
        decision: saved.decision,
        rationale: saved.rationale,
        version: saved.version,
        previousDecision: existing?.decision ?? null,
      },
      now,
    });
    const dto = toDto(
      {
        decision: saved,
        operatorName: actor.orgName,
        deciderName: actor.name,
        productName: certificate.productName,
        versionLabel: certificate.versionLabel,
        vendorName: certificate.vendorName,
        certificateStatus: certificate.status,
        certificateExpiresAt: certificate.expiresAt,
      },
      now,
    );
    return { ...dto, logIndex: entry.index };
  });
}

/**
 * Operator decisions, optionally of one certificate and/or one operator organisation (PRODUCT.md
 * "Who sees what"): operators only their own organisation's (asking for another's is 403),
 * regulators everyone's, vendors and labs none (403). An unknown certificate is 404. Logs nothing.
 */
export async function getOperatorDecisions(actor: Actor, query: unknown = {}): Promise<{ items: OperatorDecisionDto[] }> {
  const filters = parseInput(operatorDecisionsQuerySchema, query);
  if (!seesOperatorData(actor)) throw forbidden('Operator decisions are visible to the operator and to regulators only.');
  if (filters.operatorOrgId && !isOperatorDataVisible(actor, filters.operatorOrgId)) throw forbidden("Operators see only their own organisation's decisions.");
  if (actor.orgKind === 'operator') filters.operatorOrgId = actor.orgId;
  const db = await getDb();
  if (filters.certificateId && !(await q.findCertificateById(db, filters.certificateId))) throw notFound('Certificate');
  const now = new Date();
  return { items: (await q.listOperatorDecisionRows(db, filters)).map((r) => toDto(r, now)) };
}

/**
 * Every change of one organisation's decision on a certificate, oldest first, read from the log.
 * Operators: their own organisation only (`operatorOrgId` ignored); regulators: the operator they
 * name. Others 403. No decision yet: an empty list.
 */
export async function getOperatorDecisionHistory(actor: Actor, certificateId: string, operatorOrgId?: string): Promise<OperatorDecisionHistoryItem[]> {
  if (!seesOperatorData(actor)) throw forbidden('Operator decisions are visible to the operator and to regulators only.');
  const orgId = actor.orgKind === 'operator' ? actor.orgId : operatorOrgId;
  if (!orgId || !isUuid(certificateId) || !isUuid(orgId)) return [];
  const decision = await q.findOperatorDecision(await getDb(), certificateId, orgId);
  if (!decision) return [];
  // Read only after the check above: the entries are this organisation's (or a regulator reads them).
  const entries = await unsafeEntriesForSubject(OPERATOR_DECISION_SUBJECT, decision.id);
  return entries
    .filter((e) => e.type === 'operator.decision')
    .map((e) => {
      const parsed = JSON.parse(e.entry) as { at: string; data: { decision: OperatorDecisionKind; rationale: string; version: number } };
      return { logIndex: e.index, at: parsed.at, decision: parsed.data.decision, rationale: parsed.data.rationale, version: parsed.data.version };
    });
}
