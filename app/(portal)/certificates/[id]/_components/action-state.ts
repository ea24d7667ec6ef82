import type { ActionState } from '@/app/_components/forms/action-state';

/** A certificate form's outcome, with the HTTP-like status so the form can offer a reload on 409/412. */
export type CertificateActionState = ActionState & { status?: number };

export const initialCertificateActionState: CertificateActionState = { ok: false, message: null, fieldErrors: {} };
