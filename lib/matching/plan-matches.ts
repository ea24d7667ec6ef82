import type { CandidateComponent } from '@/db/queries/advisories';
import type { StatementStatus } from '@/lib/advisories/advisory-model';
import type { AffectedRange, MatchConfidence } from '@/lib/versions/affected-range';
import { rangeContains } from '@/lib/versions/range-contains';
import { qualifiersMatch } from './statement-key';

/** What matching needs of a statement (a parsed one, or one stored in `advisory_statements`). */
export type MatchableStatement = {
  advisoryId: string;
  vulnerabilityId: string;
  purlType: string | null;
  packageKey: string | null;
  qualifiers: Readonly<Record<string, string>>;
  cpeProduct: string | null;
  range: AffectedRange;
  status: StatementStatus;
  justification: string | null;
  detail: string | null;
  activelyExploited: boolean;
};

/** One match a statement asserts on one product version's component. */
export type ProposedMatch = {
  productVersionId: string;
  vulnerabilityId: string;
  /** The purl key, or `cpe:vendor:product` for a CPE-only component. */
  packageKey: string;
  componentId: number;
  componentVersion: string | null;
  advisoryId: string;
  state: StatementStatus;
  justification: string | null;
  detail: string | null;
  confidence: MatchConfidence;
  activelyExploited: boolean;
};

export const matchKeyOf = (m: { productVersionId: string; vulnerabilityId: string; packageKey: string }) =>
  `${m.productVersionId}\u0000${m.vulnerabilityId}\u0000${m.packageKey}`;

type Covered = { confidence: MatchConfidence } | null;

/**
 * Whether one statement covers one candidate component, and how sure that is. `verdicts` caches
 * the range's verdict per version for this statement: an index holds few distinct versions of a package.
 */
export function statementCovers(statement: MatchableStatement, component: CandidateComponent, verdicts?: Map<string, Covered>): Covered {
  if (statement.packageKey) {
    if (component.packageKey !== statement.packageKey) return null;
    if (!qualifiersMatch(statement.qualifiers, component.qualifiers)) return null;
  } else if (!statement.cpeProduct || component.packageKey !== null || component.cpeProduct !== statement.cpeProduct) {
    return null;
  }
  if (statement.range.kind === 'all') return { confidence: 'high' };
  if (!component.version) return null;
  const type = statement.purlType ?? component.purlType ?? 'generic';
  const key = `${type}\u0000${component.version}`;
  const cached = verdicts?.get(key);
  if (cached !== undefined) return cached;
  const verdict = rangeContains(type, statement.range, component.version);
  const covered = verdict.contains === true ? { confidence: verdict.confidence } : null;
  verdicts?.set(key, covered);
  return covered;
}

/**
 * The matches a set of statements asserts on the candidate components (pure; the range of each is
 * evaluated only for components whose key the statement names). One match per (version,
 * vulnerability, package): when several statements or components give one, the later statement
 * wins, and of one statement's components an affected one is kept.
 */
export function planMatches(statements: readonly MatchableStatement[], candidates: readonly CandidateComponent[]): ProposedMatch[] {
  const byKey = new Map<string, CandidateComponent[]>();
  for (const c of candidates) {
    const key = c.packageKey ?? (c.cpeProduct ? `cpe:${c.cpeProduct}` : null);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(c);
    else byKey.set(key, [c]);
  }
  const planned = new Map<string, ProposedMatch>();
  statements.forEach((s) => {
    const packageKey = s.packageKey ?? (s.cpeProduct ? `cpe:${s.cpeProduct}` : null);
    if (!packageKey) return;
    const seen = new Set<string>();
    const verdicts = new Map<string, Covered>();
    for (const component of byKey.get(packageKey) ?? []) {
      const covered = statementCovers(s, component, verdicts);
      if (!covered) continue;
      const proposal: ProposedMatch = {
        productVersionId: component.productVersionId,
        vulnerabilityId: s.vulnerabilityId,
        packageKey,
        componentId: Number(component.id),
        componentVersion: component.version,
        advisoryId: s.advisoryId,
        state: s.status,
        justification: s.status === 'not_affected' ? s.justification : null,
        detail: s.detail,
        confidence: covered.confidence,
        activelyExploited: s.activelyExploited,
      };
      const key = matchKeyOf(proposal);
      if (seen.has(key) && planned.get(key)?.confidence === 'high') continue;
      seen.add(key);
      planned.delete(key);
      planned.set(key, proposal);
    }
  });
  return [...planned.values()];
}
