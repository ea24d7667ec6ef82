/** What the "Submit evaluation" server action answers when the submission stays where it is. */
export type SubmitEvaluationState = {
  ok: boolean;
  message: string | null;
  /** The workflow's unmet requirements (409), e.g. results still missing, no evaluation report. */
  unmet: { code: string; message: string }[];
  /** Counts refusals, so the form starts afresh after each one. */
  attempt: number;
};

export const initialSubmitEvaluationState: SubmitEvaluationState = { ok: false, message: null, unmet: [], attempt: 0 };
