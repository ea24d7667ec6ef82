import type { StatementStatus } from '@/lib/advisories/advisory-model';

/** Who asserts a state: a document's statement, the vendor's own VEX, or a regulator's decision. */
export type StateSource = 'advisory' | 'vendor' | 'regulator';

const RESOLVED: ReadonlySet<StatementStatus> = new Set(['not_affected', 'fixed']);

/** True for the states that close a match: `not_affected` and `fixed`. */
export const isResolvedState = (state: StatementStatus) => RESOLVED.has(state);

export type TransitionVerdict = { move: true; reason: string } | { move: false; reason: string };

/**
 * Whether an existing match moves to the state a new statement asserts. A vendor's VEX and a
 * regulator's decision move any state; an advisory (another revision of the same document, or any
 * other document) never re-opens what is resolved — that would undo a vendor's analysis — but may
 * move an open match (under investigation → affected, affected → fixed…).
 */
export function decideTransition(current: { state: StatementStatus; justification: string | null }, next: { state: StatementStatus; justification: string | null }, source: StateSource): TransitionVerdict {
  if (current.state === next.state && (current.justification ?? null) === (next.justification ?? null)) return { move: false, reason: 'unchanged' };
  if (source === 'advisory' && isResolvedState(current.state)) {
    return { move: false, reason: `resolved as ${current.state}; only the vendor's VEX or a regulator's decision changes it` };
  }
  return { move: true, reason: source === 'advisory' ? 'advisory statement' : source === 'vendor' ? "vendor's VEX statement" : "regulator's decision" };
}
