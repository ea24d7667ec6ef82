import { normalizeCve } from './cve';
import type { VulnerabilityStatus } from './statuses';
import { statusOfVexState } from './vex-state';

/** One statement of a VEX document, as `parseSbom` lists it. */
export type VexStatement = { id: string | null; analysisState: string | null };

/** A vulnerability already recorded on the product version. */
export type RecordedVulnerability = { id: string; cve: string | null; status: VulnerabilityStatus };

export type VexUpdate = { vulnerabilityId: string; cve: string; from: VulnerabilityStatus; to: VulnerabilityStatus };

export type VexPlan = {
  /** Recorded vulnerabilities whose status the document changes. */
  updates: VexUpdate[];
  /** CVE ids whose recorded vulnerabilities already have the asserted status. */
  unchanged: string[];
  /** Ids in the document that match no recorded vulnerability of the version (nothing is created for them). */
  unmatched: string[];
  /** Ids whose analysis state is missing or unknown, so they assert nothing. */
  withoutState: string[];
};

/**
 * What applying a VEX document to one product version changes: each statement with a known
 * analysis state sets the status of the recorded vulnerabilities with the same CVE id (ids compared
 * case-insensitively). When a document states one id twice, the last statement counts.
 * Statements without an id are ignored.
 */
export function planVex(statements: readonly VexStatement[], recorded: readonly RecordedVulnerability[]): VexPlan {
  const asserted = new Map<string, VulnerabilityStatus | null>();
  for (const s of statements) {
    if (!s.id?.trim()) continue;
    const key = normalizeCve(s.id) ?? s.id.trim();
    asserted.delete(key);
    asserted.set(key, statusOfVexState(s.analysisState));
  }
  const plan: VexPlan = { updates: [], unchanged: [], unmatched: [], withoutState: [] };
  for (const [id, status] of asserted) {
    if (status === null) {
      plan.withoutState.push(id);
      continue;
    }
    const matches = recorded.filter((v) => v.cve !== null && normalizeCve(v.cve) === id);
    if (matches.length === 0) {
      plan.unmatched.push(id);
      continue;
    }
    const changed = matches.filter((v) => v.status !== status);
    if (changed.length === 0) plan.unchanged.push(id);
    for (const v of changed) plan.updates.push({ vulnerabilityId: v.id, cve: id, from: v.status, to: status });
  }
  return plan;
}
