import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Viewer } from './viewer';

/*
 * PRODUCT.md "Who sees what", row "operator decisions, deployments": regulators all of them,
 * an operator its own organisation's, vendors, labs and the public none. Where a whole listing is
 * asked for by someone who sees none, the services answer 403 (it names no object, so nothing leaks);
 * a single object outside the viewer's reach is 404.
 */

/** Whether the viewer may see operator decisions and deployments at all (some operator's). */
export function seesOperatorData(viewer: Viewer): boolean {
  return viewer?.orgKind === 'operator' || viewer?.orgKind === 'regulator';
}

/** The 403 reason when the viewer may read no operator decisions at all (vendors, labs, the public), else null. */
export function decisionReadDenial(viewer: Viewer): string | null {
  return seesOperatorData(viewer) ? null : 'Operator decisions are visible to the operator and to regulators only.';
}

/** Whether the viewer may see the decisions and deployments of the operator organisation `operatorOrgId`. */
export function isOperatorDataVisible(viewer: Viewer, operatorOrgId: string): boolean {
  if (viewer?.orgKind === 'regulator') return true;
  return viewer?.orgKind === 'operator' && viewer.orgId === operatorOrgId;
}

/**
 * SQL: the rows whose operator organisation (`operatorOrgIdColumn`, e.g.
 * `operator_decisions.operator_org_id` or `deployments.operator_org_id`) the viewer may see.
 */
export function operatorDataVisibleTo(viewer: Viewer, operatorOrgIdColumn: AnyColumn): SQL {
  if (viewer?.orgKind === 'regulator') return sql`true`;
  if (viewer?.orgKind === 'operator') return eq(operatorOrgIdColumn, viewer.orgId);
  return sql`false`;
}
