import type { ActionState } from '@/app/_components/forms/action-state';

export type UnmetItem = { code: string; message: string };

/** What a workflow action returns to its form: the usual form state plus the server's refusal details. */
export type SubmissionActionState = ActionState & {
  /** HTTP-style status of a refusal (409 wrong state or unmet requirements, 412 stale page, 403, 404). */
  status?: number;
  unmet?: UnmetItem[];
  currentState?: string;
};

export const initialSubmissionActionState: SubmissionActionState = { ok: false, message: null, fieldErrors: {} };
