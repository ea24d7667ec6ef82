import type { Metadata } from 'next';
import { can } from '@/lib/authz/permissions';
import { getOrganization } from '@/lib/organizations/read-organizations';
import { listMembers } from '@/lib/users/read-members';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/users';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { AccreditationTable } from '@/app/_components/org/accreditation-table';
import { OrgKindBadge } from '@/app/_components/org/org-kind-badge';
import { Card } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page-header';
import { AddMemberForm } from './_components/add-member-form';
import { MembersTable } from './_components/members-table';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Organisation' };

export default async function OrganizationPage() {
  const actor = await requirePageActor('/organization');
  const [org, members] = await Promise.all([getOrganization(actor, actor.orgId), listMembers(actor)]);
  const canManage = can(actor, 'members.manage');

  return (
    <>
      <PageHeader title={org.name} description="Your organisation and the people in it." />
      <div className="space-y-6">
        <Card id="about" title="About">
          <dl className="grid gap-4 text-sm sm:grid-cols-3" data-testid="org-details">
            <div>
              <dt className="font-medium text-slate-600">Kind</dt>
              <dd className="mt-1">
                <OrgKindBadge kind={org.kind} data-testid="org-kind" />
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Country</dt>
              <dd className="mt-1 text-slate-900" data-testid="org-country">{org.country ?? 'Not recorded'}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-600">Group (corporate parent)</dt>
              <dd className="mt-1 text-slate-900" data-testid="org-group">{org.group ?? 'None'}</dd>
            </div>
          </dl>
        </Card>

        {org.kind === 'lab' ? (
          <Card id="accreditations" title="Accreditations" description="What your lab may evaluate, and until when.">
            {org.accreditations?.length ? (
              <AccreditationTable caption="Accreditations of your lab" captionHidden accreditations={org.accreditations} />
            ) : (
              <EmptyState
                headingLevel={3}
                title="No accreditation recorded"
                body="Your lab cannot accept assignments without one. Ask a platform administrator to record it."
                data-testid="accreditations-empty"
              />
            )}
          </Card>
        ) : null}

        <Card
          id="members"
          title="Members"
          description={canManage ? 'As an admin you add people, change roles and disable accounts.' : 'Ask an admin of your organisation to add people or change roles.'}
        >
          <MembersTable members={members} currentUserId={actor.userId} canManage={canManage} />
        </Card>

        {canManage ? (
          <Card id="add-member" title="Add a member" description="They sign in with this email and the initial password you set, and can change it in Settings.">
            <AddMemberForm minPasswordLength={MIN_PASSWORD_LENGTH} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
