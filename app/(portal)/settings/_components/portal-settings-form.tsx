'use client';

import { PORTAL_SETTINGS } from '@/lib/portal-settings/portal-setting-keys';
import { FormMessage } from '@/app/_components/forms/form-message';
import { useFormAction } from '@/app/_components/forms/use-form-action';
import { Badge } from '@/app/_components/ui/badge';
import { SubmitButton } from '@/app/_components/ui/submit-button';
import { changeSbomConformanceRequiredAction } from '../portal-setting-actions';

const setting = PORTAL_SETTINGS.sbomConformanceRequired;

/** The submission policy; regulators get the button that changes it, everyone else reads it. */
export function PortalSettingsForm({ isOn, canChange }: { isOn: boolean; canChange: boolean }) {
  const { formAction, message, isOk } = useFormAction(changeSbomConformanceRequiredAction);
  return (
    <form action={formAction} className="max-w-2xl space-y-3" data-testid="portal-settings-form">
      <FormMessage message={message} isOk={isOk} data-testid="portal-settings-message" />
      <div className="flex flex-wrap items-center gap-3">
        <span className="font-medium text-slate-900">{setting.label}</span>
        <Badge tone={isOn ? 'success' : 'neutral'} data-testid="sbom-conformance-required">
          {isOn ? 'On' : 'Off'}
        </Badge>
      </div>
      <p className="text-sm text-slate-600">{setting.description}</p>
      {canChange ? (
        <>
          <input type="hidden" name="value" value={isOn ? 'off' : 'on'} />
          <SubmitButton variant={isOn ? 'secondary' : 'primary'} pendingLabel="Saving…" data-testid="sbom-conformance-toggle">
            {isOn ? 'Turn off' : 'Turn on'}
          </SubmitButton>
        </>
      ) : null}
    </form>
  );
}
