'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/get-actor';
import { createMember } from '@/lib/users/commands/create-member';
import { updateMember } from '@/lib/users/commands/update-member';
import { actionFailure } from '@/app/_components/forms/action-failure';
import type { ActionState } from '@/app/_components/forms/action-state';
import { formText } from '@/app/_components/forms/form-data';

/** Adds a member to the caller's own organisation; the org comes from the session, never the form. */
export async function addMemberAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { email: formText(form, 'email'), name: formText(form, 'name'), role: formText(form, 'role') };
  try {
    const actor = await requireActor();
    const member = await createMember(actor, actor.orgId, { ...values, password: String(form.get('password') ?? '') });
    revalidatePath('/organization');
    return { ok: true, message: `${member.name} has been added. Give them their initial password in person or by another channel.`, fieldErrors: {} };
  } catch (error) {
    return actionFailure(error, values);
  }
}

/** Changes a member's role or enabled flag; the service checks the caller is an admin of the member's org. */
export async function updateMemberAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const change = formText(form, 'change');
  const input =
    change === 'role' ? { role: formText(form, 'role') } : { isEnabled: change === 'enable' ? true : change === 'disable' ? false : undefined };
  const version = formText(form, 'version');
  try {
    const actor = await requireActor();
    await updateMember(actor, formText(form, 'userId'), input, /^\d{1,9}$/.test(version) ? Number(version) : undefined);
    revalidatePath('/organization');
    return { ok: true, message: 'Saved.', fieldErrors: {} };
  } catch (error) {
    return actionFailure(error);
  }
}
