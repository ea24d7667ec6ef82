'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/get-actor';
import { checklistCookieName } from './checklist-cookie';

/** Hides the caller's getting-started checklist in this browser (a preference, not a change to the record). */
export async function dismissChecklistAction(): Promise<void> {
  const actor = await requireActor();
  (await cookies()).set(checklistCookieName(actor.userId), '1', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 365 });
  revalidatePath('/dashboard');
}
