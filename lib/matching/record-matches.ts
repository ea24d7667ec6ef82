import 'server-only';
import type { Tx } from '@/db/client';
import * as q from '@/db/queries/advisories';
import type { StatementStatus } from '@/lib/advisories/advisory-model';
import { conflict } from '@/lib/errors';
import type { EntryDraft } from '@/lib/log/entry-data';
import { decideTransition, type StateSource } from './match-transition';
import { matchKeyOf, type ProposedMatch } from './plan-matches';

/** New matches, transitions, and existing matches left as they were (unchanged, or resolved and not re-opened by an advisory). */
export type MatchCounts = { created: number; changed: number; kept: number };

/** A match whose state is now `state`, having been `from` (null: new). */
export type StateChange = { match: q.AdvisoryMatchRow; from: StatementStatus | null };

export type RecordedMatches = MatchCounts & {
  /** The same counts per advisory whose statements proposed the matches (`kept`: existing matches left as they were). */
  byAdvisory: Map<string, MatchCounts>;
  /** One `advisory_match.changed` entry per transition. */
  entries: EntryDraft[];
  /** New matches and transitions, for the consequences. */
  changes: StateChange[];
};

/** The entry of one transition of a match. */
export function matchChangedEntry(
  match: q.AdvisoryMatchRow,
  from: StatementStatus,
  params: { reason: string; source: StateSource; advisoryId: string | null },
): EntryDraft {
  return {
    type: 'advisory_match.changed',
    subject: { kind: 'product_version', id: match.productVersionId },
    data: {
      matchId: match.id,
      vulnerabilityId: match.vulnerabilityId,
      packageKey: match.packageKey,
      from,
      to: match.state,
      justification: match.justification,
      reason: params.reason,
      source: params.source,
      advisoryId: params.advisoryId,
    },
  };
}

/**
 * Inside the caller's transaction: stores the matches a set of statements asserts. A new key gets
 * the statement's state; an existing match (locked) moves only as `decideTransition` allows, each
 * move with its `advisory_match.changed` entry. Set-based: one statement locks the existing keys,
 * one inserts the new ones, one moves the existing ones (none when nothing moves). `reason` names
 * why in each entry instead of the source's usual words. For callers that authorised the statements' source.
 */
export async function unsafeRecordMatches(tx: Tx, proposals: readonly ProposedMatch[], source: StateSource, now: Date, options: { reason?: string } = {}): Promise<RecordedMatches> {
  const out: RecordedMatches = { created: 0, changed: 0, kept: 0, byAdvisory: new Map(), entries: [], changes: [] };
  // Every count once in the totals and once under the advisory that proposed it.
  const tally = (advisoryId: string, count: keyof MatchCounts) => {
    const counts = out.byAdvisory.get(advisoryId) ?? { created: 0, changed: 0, kept: 0 };
    counts[count]++;
    out.byAdvisory.set(advisoryId, counts);
    out[count]++;
  };
  if (proposals.length === 0) return out;
  const existing = new Map((await q.lockMatchesByKeys(tx, proposals)).map((m) => [matchKeyOf(m), m]));
  const fresh: ProposedMatch[] = [];
  const moves: { current: q.AdvisoryMatchRow; proposal: ProposedMatch; reason: string }[] = [];
  for (const p of proposals) {
    const current = existing.get(matchKeyOf(p));
    if (!current) {
      fresh.push(p);
      continue;
    }
    const verdict = decideTransition(current, p, source);
    if (verdict.move) moves.push({ current, proposal: p, reason: options.reason ?? verdict.reason });
    else tally(p.advisoryId, 'kept');
  }
  const inserted = fresh.length === 0 ? [] : await q.insertMatches(tx, fresh, { stateSource: source, now });
  for (const match of inserted) {
    out.changes.push({ match, from: null });
    tally(match.advisoryId, 'created');
  }
  if (moves.length === 0) return out;
  const updated = new Map(
    (
      await q.updateMatches(
        tx,
        moves.map(({ current, proposal: p }) => ({
          id: current.id,
          version: current.version,
          state: p.state,
          justification: p.justification,
          detail: p.detail,
          advisoryId: p.advisoryId,
          activelyExploited: current.activelyExploited || p.activelyExploited,
          confidence: p.confidence,
        })),
        { stateSource: source, now },
      )
    ).map((m) => [m.id, m]),
  );
  for (const { current, proposal, reason } of moves) {
    const match = updated.get(current.id);
    if (!match) throw conflict('A match changed while the advisory was applied; retry.', current.state);
    tally(proposal.advisoryId, 'changed');
    out.entries.push(matchChangedEntry(match, current.state, { reason, source, advisoryId: proposal.advisoryId }));
    out.changes.push({ match, from: current.state });
  }
  return out;
}
