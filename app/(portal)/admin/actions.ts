'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/get-actor';
import { accreditLab } from '@/lib/organizations/commands/accredit-lab';
import { createOrganization } from '@/lib/organizations/commands/create-organization';
import { createMember } from '@/lib/users/commands/create-member';
import { idParamSchema } from '@/lib/validation/common';
import { actionFailure } from '@/app/_components/forms/action-failure';
import { CHECK_FIELDS_MESSAGE, type ActionState } from '@/app/_components/forms/action-state';
import { formText, optionalText } from '@/app/_components/forms/form-data';
import { splitScope } from './_components/split-scope';

/** Platform admins only; the service refuses anyone else. */
export async function createOrganizationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { name: formText(form, 'name'), kind: formText(form, 'kind'), country: formText(form, 'country').toUpperCase(), group: formText(form, 'group') };
  try {
    const actor = await requireActor();
    const org = await createOrganization(actor, { ...values, country: values.country || undefined, group: values.group || undefined });
    revalidatePath('/admin');
    return { ok: true, message: `${org.name} has been created. Next, add its first admin below.`, fieldErrors: {} };
  } catch (error) {
    return actionFailure(error, values);
  }
}

/** Platform admins only; the service checks the organisation is a lab. */
export async function accreditLabAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = {
    labOrgId: formText(form, 'labOrgId'),
    body: formText(form, 'body'),
    standard: formText(form, 'standard'),
    scope: formText(form, 'scope'),
    validFrom: formText(form, 'validFrom'),
    validUntil: formText(form, 'validUntil'),
  };
  try {
    const actor = await requireActor();
    await accreditLab(actor, { ...values, standard: optionalText(form, 'standard'), scope: splitScope(values.scope) });
    revalidatePath('/admin');
    return { ok: true, message: 'The accreditation has been recorded.', fieldErrors: {} };
  } catch (error) {
    return actionFailure(error, values);
  }
}

/** Platform admins add a person to any organisation, typically its first admin; the service checks the flag. */
export async function addOrganizationMemberAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { orgId: formText(form, 'orgId'), email: formText(form, 'email'), name: formText(form, 'name'), role: formText(form, 'role') };
  const { orgId, ...member } = values;
  try {
    const actor = await requireActor();
    if (!idParamSchema.safeParse({ id: orgId }).success) {
      return { ok: false, message: CHECK_FIELDS_MESSAGE, fieldErrors: { orgId: 'Choose an organisation' }, values };
    }
    const created = await createMember(actor, orgId, { ...member, password: String(form.get('password') ?? '') });
    revalidatePath('/admin');
    return { ok: true, message: `${created.name} has been added. Give them their initial password by another channel.`, fieldErrors: {} };
  } catch (error) {
    return actionFailure(error, values);
  }
}
