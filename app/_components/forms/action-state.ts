import { humanizeMessage } from './humanize-message';

export type FieldErrors = Record<string, string>;

/** What a server action returns to its form (see useActionState). Never carries passwords back. */
export type ActionState = {
  ok: boolean;
  message: string | null;
  fieldErrors: FieldErrors;
  /** The submitted text values, so a refused form keeps what was typed. */
  values?: Record<string, string>;
};

export const initialActionState: ActionState = { ok: false, message: null, fieldErrors: {} };

export const CHECK_FIELDS_MESSAGE = 'Check the highlighted fields.';

/** `[{path:'scope.0', message}]` → `{scope: message}` (first message per top-level field, in plain words). */
export function toFieldErrors(errors: unknown): FieldErrors {
  const result: FieldErrors = {};
  if (!Array.isArray(errors)) return result;
  for (const e of errors) {
    const path = typeof e?.path === 'string' ? e.path : Array.isArray(e?.path) ? e.path.join('.') : '';
    const key = path.split('.')[0] || '_form';
    if (typeof e?.message === 'string' && !(key in result)) result[key] = humanizeMessage(e.message);
  }
  return result;
}
