import 'server-only';
import type { Actor } from '@/lib/authz/actor';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { findVersionWithProduct } from '@/db/queries/products';
import { listAccreditationsFor, listOrganizationsPage } from '@/db/queries/organizations';
import { isSameGroup } from '@/lib/workflow/normalise-group';
import { coveringAccreditation } from './lab-eligibility';

export type EligibleLabDto = {
  id: string;
  name: string;
  country: string | null;
  accreditation: { id: string; body: string; standard: string; validUntil: string };
  sharesGroupWithVendor: boolean;
};

/**
 * The labs that may evaluate a version of one of the caller's products: a valid accreditation
 * covering its network function today. Labs of the vendor's own group are flagged: they would have
 * to refuse the assignment (independence).
 */
export async function listEligibleLabs(actor: Actor, productVersionId: string): Promise<EligibleLabDto[]> {
  const db = await getDb();
  const version = await findVersionWithProduct(db, productVersionId);
  if (!version || version.product.vendorOrgId !== actor.orgId) throw notFound('Product version');
  const labs = await listOrganizationsPage(db, { kind: 'lab', limit: 1000 });
  const accreditations = await listAccreditationsFor(db, labs.map((l) => l.id));
  const now = new Date();
  return labs.flatMap((lab) => {
    const a = coveringAccreditation(accreditations.filter((x) => x.labOrgId === lab.id), version.product.networkFunction, now);
    if (!a) return [];
    return [{
      id: lab.id,
      name: lab.name,
      country: lab.country,
      accreditation: { id: a.id, body: a.body, standard: a.standard, validUntil: a.validUntil },
      sharesGroupWithVendor: isSameGroup(lab.group, version.vendorGroup),
    }];
  });
}
