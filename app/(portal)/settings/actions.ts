'use server';

import { revalidatePath } from 'next/cache';
import { getSessionId, requireActor } from '@/lib/auth/get-actor';
import { setFollow } from '@/lib/follows/commands/set-follow';
import { changePassword } from '@/lib/users/commands/change-password';
import { updateProfile } from '@/lib/users/commands/update-profile';
import { actionFailure } from '@/app/_components/forms/action-failure';
import type { ActionState } from '@/app/_components/forms/action-state';
import { formText } from '@/app/_components/forms/form-data';

export async function updateProfileAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = { name: formText(form, 'name') };
  try {
    const actor = await requireActor();
    await updateProfile(actor, input);
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Your name has been saved.', fieldErrors: {}, values: input };
  } catch (error) {
    return actionFailure(error, input);
  }
}

/** Keeps the session that made the change; every other session of the user ends. */
export async function changePasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const raw = (key: string) => String(form.get(key) ?? '');
  try {
    const actor = await requireActor();
    const sessionId = await getSessionId();
    await changePassword(
      actor,
      { currentPassword: raw('currentPassword'), newPassword: raw('newPassword'), confirmPassword: raw('confirmPassword') },
      sessionId ?? undefined,
    );
    return { ok: true, message: 'Your password has been changed. Your other sessions have been signed out.', fieldErrors: {} };
  } catch (error) {
    return actionFailure(error);
  }
}

/** Follow (`isFollowing=true`) or stop following a network function; operators only (the service refuses others). */
export async function setFollowAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const input = { networkFunction: formText(form, 'networkFunction'), isFollowing: formText(form, 'isFollowing') === 'true' };
  try {
    const actor = await requireActor();
    await setFollow(actor, input);
    revalidatePath('/settings');
    const message = input.isFollowing ? `You now follow ${input.networkFunction}.` : `You no longer follow ${input.networkFunction}.`;
    return { ok: true, message, fieldErrors: {} };
  } catch (error) {
    return actionFailure(error, { networkFunction: input.networkFunction });
  }
}
