import 'server-only';
import * as q from '@/db/queries/operators';
import type { Actor } from '@/lib/authz/actor';
import { preconditionFailed } from '@/lib/errors';
import type { IfMatch } from '@/lib/http/if-match';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { operatorDecisionSchema } from '@/lib/validation/operators';
import { isUuid } from '@/lib/validation/uuid';
import { effectiveCertificateStatus } from '@/lib/workflow/effective-certificate-status';
import { toOperatorDecisionDto, type OperatorDecisionDto } from '../operator-decision-dto';
import { decisionDenial, decisionRefusal, OPERATOR_DECISION_SUBJECT } from '../operator-decision-rules';

type Key = {
  certificateId: string;
  /** The caller sent `If-Match`: a first decision then must still be the first when it is written. */
  isGuarded: boolean;
};

/**
 * Records the caller's organisation's accept or reject of a certificate for its own network, with a
 * rationale; a later call replaces it (the row's `version` goes up). The entity tag is that version
 * — "0" for "no decision yet" — so `If-Match` guards against overwriting a colleague's change: 412.
 * Operators only (others 403); an unknown certificate is 404; accepting a certificate that is not
 * valid is 409 naming its status (rejecting is always possible). Logs `operator.decision` with
 * subject `operator_decision:<id>`, never the certificate: certificate entries are public,
 * decisions are for the operator and regulators only.
 */
export const recordOperatorDecisionCommand = defineCommand({
  name: 'operator_decision.record',
  subject: 'Certificate',
  input: operatorDecisionSchema,
  async load(tx, key: Key, actor) {
    if (!isUuid(key.certificateId)) return null;
    const certificate = await q.findCertificateById(tx, key.certificateId);
    if (!certificate) return null;
    return { certificate, existing: await q.lockOperatorDecision(tx, key.certificateId, actor.orgId) };
  },
  authorize: ({ actor }) => decisionDenial(actor),
  checkState: ({ input, target, now }) => {
    const status = effectiveCertificateStatus(target.certificate.status, target.certificate.expiresAt, now);
    const message = decisionRefusal(input.decision, status);
    return message ? { message, currentState: status } : null;
  },
  entityTag: (target) => String(target.existing?.version ?? 0),
  async apply({ tx, actor, key, input, target: { certificate, existing }, now }) {
    const values = { certificateId: certificate.id, operatorOrgId: actor.orgId, decision: input.decision, rationale: input.rationale, decidedBy: actor.userId, decidedAt: now };
    const saved = await q.upsertOperatorDecision(tx, values, key.isGuarded ? (existing?.version ?? 0) : undefined);
    // A first decision made by a colleague meanwhile (the lock in `load` had no row to hold).
    if (!saved) throw preconditionFailed((await q.lockOperatorDecision(tx, certificate.id, actor.orgId))?.version ?? 0);
    const dto = toOperatorDecisionDto(
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
    return {
      result: dto,
      entries: [
        {
          type: 'operator.decision',
          subject: { kind: OPERATOR_DECISION_SUBJECT, id: saved.id },
          data: {
            certificateId: certificate.id,
            decision: saved.decision,
            rationale: saved.rationale,
            version: saved.version,
            previousDecision: existing?.decision ?? null,
          },
        },
      ],
    };
  },
  readBack: async (_actor, dto, appended) => ({ ...dto, logIndex: appended[0].index }),
});

/** Fires {@link recordOperatorDecisionCommand}; `ifMatch` is the caller's `If-Match` or the version their form showed (0: none yet). */
export function recordOperatorDecision(
  actor: Actor,
  certificateId: string,
  input: unknown,
  ifMatch?: IfMatch,
): Promise<OperatorDecisionDto & { logIndex: number }> {
  return runCommand(recordOperatorDecisionCommand, actor, { certificateId, isGuarded: ifMatch !== undefined }, input, { ifMatch });
}
