import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { ServiceError } from '@/lib/errors';
import { CHECK_FIELDS_MESSAGE, toFieldErrors, type ActionState } from './action-state';

/** Maps an error from a service to form state; redirects and other framework signals pass through. */
export function actionFailure(error: unknown, values?: Record<string, string>): ActionState {
  unstable_rethrow(error);
  if (error instanceof ServiceError) {
    const fieldErrors = toFieldErrors(error.extra.errors);
    const hasFieldErrors = Object.keys(fieldErrors).length > 0;
    const message = fieldErrors._form ?? (hasFieldErrors ? CHECK_FIELDS_MESSAGE : error.message);
    return { ok: false, message, fieldErrors, values };
  }
  console.error('Unexpected error in a server action', error);
  return { ok: false, message: 'Something went wrong on our side. Try again in a moment.', fieldErrors: {}, values };
}
