'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/get-actor';
import { ServiceError } from '@/lib/errors';
import { reportVulnerability } from '@/lib/vulnerabilities/commands/report-vulnerability';
import { respondToVulnerability } from '@/lib/vulnerabilities/commands/respond-to-vulnerability';
import { idParamSchema } from '@/lib/validation/common';
import { actionFailure } from '@/app/_components/forms/action-failure';
import type { ActionState } from '@/app/_components/forms/action-state';
import { formText } from '@/app/_components/forms/form-data';
import { reportInputOf, responseInputOf } from './_components/form-input';

/** Files a report and opens it. */
export async function reportVulnerabilityAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = Object.fromEntries(['productVersionId', 'cve', 'cvssScore', 'title', 'description'].map((k) => [k, formText(form, k)]));
  let id: string;
  try {
    id = (await reportVulnerability(await requireActor(), reportInputOf(form))).id;
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath('/vulnerabilities');
  redirect(`/vulnerabilities/${id}?reported=1`);
}

const STALE = 'This report changed after you opened the page. Reload to see the current answer, then answer again.';

/** The owning vendor's answer (the page's version goes along as If-Match); back to the report, which shows it. */
export async function respondToVulnerabilityAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = Object.fromEntries(['status', 'fixedInVersion', 'response'].map((k) => [k, formText(form, k)]));
  const id = formText(form, 'vulnerabilityId');
  const version = Number(formText(form, 'version'));
  if (!idParamSchema.safeParse({ id }).success || !Number.isSafeInteger(version)) {
    return { ok: false, message: 'This form is incomplete; reload the page and try again.', fieldErrors: {}, values };
  }
  try {
    await respondToVulnerability(await requireActor(), id, responseInputOf(form), version);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 412) return { ok: false, message: STALE, fieldErrors: {}, values };
    return actionFailure(error, values);
  }
  revalidatePath('/vulnerabilities');
  redirect(`/vulnerabilities/${id}?answered=1`);
}
