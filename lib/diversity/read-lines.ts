import 'server-only';
import { unsafeListDeployments } from '@/lib/deployments/read-deployments';
import type { DeploymentLine } from './types';

/**
 * Deployment lines as the diversity arithmetic needs them: one operator's, or (no id) every
 * operator's. No authorisation: callers decide whose inventory the actor may read.
 */
export async function unsafeDeploymentLines(operatorOrgId: string | undefined, now = new Date()): Promise<DeploymentLine[]> {
  const deployments = await unsafeListDeployments(operatorOrgId, now);
  return deployments.map((d) => ({
    vendorId: d.vendor.id,
    vendorName: d.vendor.name,
    segment: d.segment,
    networkFunction: d.networkFunction,
    quantity: d.quantity,
    certificateStatus: d.certificate?.status ?? null,
    productVersionId: d.productVersionId,
    label: d.label,
    operatorId: d.operator.id,
    operatorName: d.operator.name,
  }));
}
