import type { Metadata } from 'next';
import { listApiTokens } from '@/lib/api-tokens/read-api-tokens';
import { can } from '@/lib/authz/permissions';
import { getPortalSettings } from '@/lib/portal-settings/read-portal-settings';
import { MIN_PASSWORD_LENGTH } from '@/lib/validation/users';
import { requirePageActor } from '@/app/_components/auth/require-page-actor';
import { Card } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page-header';
import { ApiTokens } from './_components/api-tokens';
import { PasswordForm } from './_components/password-form';
import { PortalSettingsForm } from './_components/portal-settings-form';
import { ProfileForm } from './_components/profile-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const actor = await requirePageActor('/settings');
  const tokens = await listApiTokens(actor);
  const portal = await getPortalSettings(actor);
  return (
    <>
      <PageHeader title="Settings" description={`Signed in as ${actor.email}.`} />
      <div className="space-y-6">
        <Card id="profile" title="Profile" description="Your name as others in Trustledger see it.">
          <ProfileForm name={actor.name} />
        </Card>
        <Card
          id="password"
          title="Password"
          description={`Use at least ${MIN_PASSWORD_LENGTH} characters. Changing it signs out your other sessions.`}
        >
          <PasswordForm />
        </Card>
        <Card
          id="api-tokens"
          title="API tokens"
          description="Personal tokens for scripts and build pipelines. A token acts as you, with your organisation's permissions; revoke any you no longer use."
        >
          <ApiTokens initialTokens={tokens} />
        </Card>
        <Card
          id="submission-policy"
          title="Submission policy"
          description="Portal-wide rules set by regulators; every change is recorded in the transparency log."
        >
          <PortalSettingsForm isOn={portal.sbomConformanceRequired} canChange={can(actor, 'portal-settings.manage')} />
        </Card>
      </div>
    </>
  );
}
