import 'server-only';
import { getDb } from '@/lib/db';
import { findOrganizationByName } from '@/db/queries/organizations';
import { conflict } from '@/lib/errors';
import { unsafeAccreditLab } from '@/lib/organizations/commands/accredit-lab';
import { unsafeCreateOrganization } from '@/lib/organizations/commands/create-organization';
import { unsafeCreateUser } from '@/lib/users/commands/create-member';
import { resolveActorByEmail } from '@/lib/auth/resolve-actor';
import { seedDemoSubmissions } from '@/lib/submissions/demo-submissions';
import { DEMO_PASSWORD, demoAccreditations, demoOrganizations, demoUsers } from './demo-data';

/**
 * Fills an empty database with the fictional demo organisations, people, accreditations, and
 * products with a submission in every workflow state (walked through the real services, so logged).
 * Refuses when any demo organisation already exists, so it never mixes with real data.
 */
export async function seedDemo(): Promise<void> {
  const db = await getDb();
  for (const org of demoOrganizations) {
    if (await findOrganizationByName(db, org.name)) throw conflict(`Demo organisation "${org.name}" already exists.`);
  }
  const ids = new Map<string, string>();
  for (const { key, ...org } of demoOrganizations) {
    ids.set(key, (await unsafeCreateOrganization(org)).id);
  }
  for (const user of demoUsers) {
    await unsafeCreateUser(ids.get(user.org)!, {
      email: user.email,
      name: user.name,
      password: DEMO_PASSWORD,
      role: user.role,
      isPlatformAdmin: user.isPlatformAdmin ?? false,
    });
  }
  for (const { lab, ...accreditation } of demoAccreditations) {
    await unsafeAccreditLab({ ...accreditation, labOrgId: ids.get(lab)!, standard: 'ISO/IEC 17025' });
  }
  const actor = (email: string) => resolveActorByEmail(email);
  await seedDemoSubmissions({
    nordwave: await actor('vendor@nordwave.example'),
    kestrel: await actor('vendor@kestrel.example'),
    meridian: await actor('lab@meridian.example'),
    regulator: await actor('regulator@ntsa.example'),
    regulator2: await actor('regulator2@ntsa.example'),
    meridianOrgId: ids.get('meridian')!,
  });
}

export function demoSignInLines(): string[] {
  return demoUsers.map((u) => `  ${u.email.padEnd(28)} ${DEMO_PASSWORD}   (${u.org}, ${u.role}${u.isPlatformAdmin ? ', platform admin' : ''})`);
}
