import 'server-only';
import type { Tx } from '@/db/client';
import * as q from '@/db/queries/advisories';
import type { StatementStatus } from '@/lib/advisories/advisory-model';
import { conflict } from '@/lib/errors';
import type { EntryDraft } from '@/lib/log/entry-data';
import { decideTransition, type StateSource } from './match-transition';
import { matchKeyOf, type ProposedMatch } from './plan-matches';

/** A match whose state is now `state`, having been `from` (null: new). */
export type StateChange = { match: q.AdvisoryMatchRow; from: StatementStatus | null };

export type RecordedMatches = {
  created: number;
  changed: number;
  /** Existing matches left as they were (unchanged, or resolved and not re-opened by an advisory). */
  kept: number;
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
 * move with its `advisory_match.changed` entry. For callers that authorised the statements' source.
 */
export async function unsafeRecordMatches(tx: Tx, proposals: readonly ProposedMatch[], source: StateSource, now: Date): Promise<RecordedMatches> {
  const out: RecordedMatches = { created: 0, changed: 0, kept: 0, entries: [], changes: [] };
  if (proposals.length === 0) return out;
  const existing = new Map((await q.lockMatchesByKeys(tx, proposals)).map((m) => [matchKeyOf(m), m]));
  const fresh = proposals.filter((p) => !existing.has(matchKeyOf(p)));
  const inserted = await q.insertMatches(
    tx,
    fresh.map((p) => ({ ...p, stateSource: source, createdAt: now, updatedAt: now })),
  );
  out.created = inserted.length;
  for (const match of inserted) out.changes.push({ match, from: null });
  for (const p of proposals) {
    const current = existing.get(matchKeyOf(p));
    if (!current) continue;
    const verdict = decideTransition(current, p, source);
    if (!verdict.move) {
      out.kept++;
      continue;
    }
    const updated = await q.updateMatch(tx, current.id, current.version, {
      state: p.state,
      justification: p.justification,
      detail: p.detail,
      stateSource: source,
      advisoryId: p.advisoryId,
      activelyExploited: current.activelyExploited || p.activelyExploited,
      confidence: p.confidence,
      updatedAt: now,
    });
    if (!updated) throw conflict('A match changed while the advisory was applied; retry.', current.state);
    out.changed++;
    out.entries.push(matchChangedEntry(updated, current.state, { reason: verdict.reason, source, advisoryId: p.advisoryId }));
    out.changes.push({ match: updated, from: current.state });
  }
  return out;
}
