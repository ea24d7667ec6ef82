import type { z } from 'zod';
import { badRequest } from '@/lib/errors';
import { assertStorableInput } from '@/lib/http/storable-text';

/**
 * Validates input at a boundary; a failure becomes a 400 with per-field errors. Text that cannot be
 * stored (NUL, lone surrogates, bidi controls) is refused first, for every caller: API, server
 * actions, CLI.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  assertStorableInput(input);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  const summary = errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ');
  throw badRequest(`Invalid input: ${summary}`, errors);
}
