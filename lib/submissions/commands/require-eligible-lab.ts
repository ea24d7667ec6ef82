import 'server-only';
import type { Tx } from '@/db/client';
import { listAccreditationsOfLab } from '@/db/queries/evidence';
import { findOrganizationById } from '@/db/queries/organizations';
import { unprocessable } from '@/lib/errors';
import { coveringAccreditation } from '../lab-eligibility';

/**
 * The lab a vendor chooses must be a lab with a valid accreditation covering the product's network
 * function today; else 422 (the form names another lab to choose).
 */
export async function requireEligibleLab(tx: Tx, labOrgId: string, networkFunction: string, now: Date): Promise<void> {
  const lab = await findOrganizationById(tx, labOrgId);
  if (!lab || lab.kind !== 'lab') throw unprocessable('The chosen organisation is not a lab.');
  const accreditation = coveringAccreditation(await listAccreditationsOfLab(tx, lab.id), networkFunction, now);
  if (!accreditation) throw unprocessable(`${lab.name} has no valid accreditation covering ${networkFunction}; choose another lab.`);
}
