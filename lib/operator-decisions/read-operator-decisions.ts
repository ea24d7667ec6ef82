import 'server-only';
import * as q from '@/db/queries/operators';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';
import { unsafeEntriesForSubject } from '@/lib/transparency-log/read-log';
import { parseInput } from '@/lib/validation/parse';
import { operatorDecisionsQuerySchema, type OperatorDecisionKind } from '@/lib/validation/operators';
import { isUuid } from '@/lib/validation/uuid';
import { decisionReadDenial, isOperatorDataVisible } from '@/lib/visibility/operators';
import { toOperatorDecisionDto, type OperatorDecisionDto, type OperatorDecisionHistoryItem } from './operator-decision-dto';
import { OPERATOR_DECISION_SUBJECT } from './operator-decision-rules';

/**
 * Operator decisions, optionally of one certificate and/or one operator organisation (PRODUCT.md
 * "Who sees what"): operators only their own organisation's (asking for another's is 403),
 * regulators everyone's, vendors and labs none (403). An unknown certificate is 404. Logs nothing.
 */
export async function getOperatorDecisions(actor: Actor, query: unknown = {}): Promise<{ items: OperatorDecisionDto[] }> {
  const filters = parseInput(operatorDecisionsQuerySchema, query);
  const denial = decisionReadDenial(actor);
  if (denial) throw forbidden(denial);
  if (filters.operatorOrgId && !isOperatorDataVisible(actor, filters.operatorOrgId)) throw forbidden("Operators see only their own organisation's decisions.");
  if (actor.orgKind === 'operator') filters.operatorOrgId = actor.orgId;
  const db = await getDb();
  if (filters.certificateId && !(await q.findCertificateById(db, filters.certificateId))) throw notFound('Certificate');
  const now = new Date();
  return { items: (await q.listOperatorDecisionRows(db, filters)).map((r) => toOperatorDecisionDto(r, now)) };
}

/**
 * Every change of one organisation's decision on a certificate, oldest first, read from the log.
 * Operators: their own organisation only (`operatorOrgId` ignored); regulators: the operator they
 * name. Others 403. No decision yet: an empty list.
 */
export async function getOperatorDecisionHistory(actor: Actor, certificateId: string, operatorOrgId?: string): Promise<OperatorDecisionHistoryItem[]> {
  const denial = decisionReadDenial(actor);
  if (denial) throw forbidden(denial);
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
