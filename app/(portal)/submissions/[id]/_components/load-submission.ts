import 'server-only';
import { cache } from 'react';
import type { Actor } from '@/lib/authz/actor';
import { ServiceError } from '@/lib/errors';
import { getSubmission } from '@/lib/submissions/read-submissions';
import { idParamSchema } from '@/lib/validation/common';

/** The submission for this request, or null when it is not there or not the caller's to see (404). */
export const loadSubmission = cache(async (actor: Actor, id: string) => {
  if (!idParamSchema.safeParse({ id }).success) return null;
  try {
    return await getSubmission(actor, id);
  } catch (error) {
    if (error instanceof ServiceError && error.status === 404) return null;
    throw error;
  }
});
