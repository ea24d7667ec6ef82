import 'server-only';
import * as q from '@/db/queries/advisories';
import { findProductVersionFacts } from '@/db/queries/products';
import { markTaskExploited } from '@/db/queries/vendor-tasks';
import type { Actor } from '@/lib/authz/actor';
import type { IfMatch } from '@/lib/http/if-match';
import { defineCommand } from '@/lib/kernel/command';
import { runCommand } from '@/lib/kernel/run-command';
import { isUuid } from '@/lib/validation/uuid';
import { decideMatchSchema } from '@/lib/validation/advisories';
import { unsafeApplyConsequences } from '../consequences';
import { toMatchDto, type MatchDto } from '../match-dto';
import { matchChangedEntry } from '../record-matches';

/**
 * Sets a match's state: the owning vendor's VEX statement (not_affected with a justification,
 * affected, fixed, under_investigation) or a regulator's decision (which may also mark the
 * vulnerability actively exploited, starting the 24 h clock). Another vendor's match, and anyone
 * else's: 404; the same state again: 409. Logs `advisory_match.changed` with the source, plus the
 * consequences of a move to affected (review list, vendor task, notifications).
 */
export const decideMatchCommand = defineCommand({
  name: 'advisory_match.decide',
  subject: 'Match',
  input: decideMatchSchema,
  async load(tx, key: { matchId: string }, actor) {
    if (!isUuid(key.matchId)) return null;
    const match = await q.findMatchRow(tx, key.matchId, { lock: true });
    const facts = match ? await findProductVersionFacts(tx, actor, match.productVersionId) : null;
    return match && facts ? { match, vendorOrgId: facts.vendorOrgId } : null;
  },
  isVisible: (actor, { vendorOrgId }) => actor.orgKind === 'regulator' || (actor.orgKind === 'vendor' && actor.orgId === vendorOrgId),
  authorize: ({ actor, input }) =>
    input.activelyExploited !== undefined && actor.orgKind !== 'regulator' ? 'Only a regulator marks a vulnerability as actively exploited.' : null,
  checkState: ({ input, target: { match } }) =>
    match.state === input.state && (match.justification ?? null) === (input.justification ?? null) && (input.activelyExploited === undefined || input.activelyExploited === match.activelyExploited)
      ? { message: `The match is already ${match.state}.`, currentState: match.state }
      : null,
  entityTag: ({ match }) => String(match.version),
  async apply({ tx, actor, input, target: { match }, now }) {
    const source = actor.orgKind === 'regulator' ? 'regulator' : 'vendor';
    const exploited = input.activelyExploited ?? match.activelyExploited;
    const updated = await q.updateMatch(tx, match.id, match.version, {
      state: input.state,
      justification: input.state === 'not_affected' ? (input.justification ?? null) : null,
      detail: input.detail ?? null,
      stateSource: source,
      activelyExploited: exploited,
      updatedAt: now,
    });
    if (!updated) throw new Error('locked match vanished');
    if (exploited && !match.activelyExploited) await markTaskExploited(tx, { productVersionId: match.productVersionId, vulnerabilityId: match.vulnerabilityId, now });
    const consequences = await unsafeApplyConsequences(tx, [{ match: updated, from: match.state }], { actor, now });
    const reason = input.detail ?? (source === 'regulator' ? "regulator's decision" : "vendor's VEX statement");
    return {
      result: updated,
      entries: [matchChangedEntry(updated, match.state, { reason, source, advisoryId: null }), ...consequences.entries],
      effects: consequences.effects,
    };
  },
  readBack: async (_actor, row) => toMatchDto(row),
});

/** Fires {@link decideMatchCommand}. */
export function decideMatch(actor: Actor, matchId: string, input: unknown, options: { ifMatch?: IfMatch } = {}): Promise<MatchDto> {
  return runCommand(decideMatchCommand, actor, { matchId }, input, options);
}
