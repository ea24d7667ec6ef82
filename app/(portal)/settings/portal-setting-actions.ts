'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/get-actor';
import { changePortalSetting } from '@/lib/portal-settings/commands/change-portal-setting';
import { actionFailure } from '@/app/_components/forms/action-failure';
import type { ActionState } from '@/app/_components/forms/action-state';
import { formText } from '@/app/_components/forms/form-data';

/** A regulator turns "SBOM conformance required to submit" on or off (the service refuses everyone else). */
export async function changeSbomConformanceRequiredAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const isOn = formText(form, 'value') === 'on';
  try {
    const actor = await requireActor();
    await changePortalSetting(actor, { key: 'sbomConformanceRequired', value: isOn });
    revalidatePath('/settings');
    return { ok: true, message: isOn ? 'Submitting now needs a conformant SBOM.' : 'Submitting no longer needs a conformant SBOM.', fieldErrors: {} };
  } catch (error) {
    return actionFailure(error);
  }
}
