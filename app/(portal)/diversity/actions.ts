'use server';

import { revalidatePath } from 'next/cache';
import { requireActor } from '@/lib/auth/get-actor';
import { removePhaseOut, setPhaseOut } from '@/lib/diversity/commands/phase-out';
import { setConcentrationThreshold } from '@/lib/diversity/commands/set-threshold';
import type { ActionState } from '@/app/_components/forms/action-state';
import { actionFailure } from '@/app/_components/forms/action-failure';
import { formText } from '@/app/_components/forms/form-data';

/** A number typed into a form ("40", "33.5", "40,5"); NaN stays NaN so the schema names the field. */
const formNumber = (form: FormData, key: string) => Number(formText(form, key).replace(',', '.') || 'NaN');

/** A regulator sets a segment's share and HHI thresholds (logged with the reason). */
export async function setThresholdAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { sharePercent: formText(form, 'sharePercent'), hhi: formText(form, 'hhi'), reason: formText(form, 'reason') };
  try {
    const input = { sharePercent: formNumber(form, 'sharePercent'), hhi: formNumber(form, 'hhi'), reason: values.reason };
    await setConcentrationThreshold(await requireActor(), formText(form, 'segment'), input);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath('/diversity');
  revalidatePath('/dashboard');
  return { ok: true, message: 'Threshold saved and recorded in the transparency log.', fieldErrors: {} };
}

/** A regulator sets or moves a vendor's phase-out date in a segment. */
export async function setPhaseOutAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { segment: formText(form, 'segment'), vendorId: formText(form, 'vendorId'), deadline: formText(form, 'deadline'), reason: formText(form, 'reason') };
  try {
    await setPhaseOut(await requireActor(), { segment: values.segment, vendorId: values.vendorId }, { deadline: values.deadline, reason: values.reason });
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath('/diversity');
  revalidatePath('/dashboard');
  return { ok: true, message: 'Phase-out saved and recorded in the transparency log.', fieldErrors: {} };
}

/** A regulator removes a phase-out, with a reason. */
export async function removePhaseOutAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { reason: formText(form, 'reason') };
  try {
    await removePhaseOut(await requireActor(), { segment: formText(form, 'segment'), vendorId: formText(form, 'vendorId') }, values);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath('/diversity');
  revalidatePath('/dashboard');
  return { ok: true, message: 'Phase-out removed.', fieldErrors: {} };
}
