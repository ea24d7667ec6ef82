import type { z } from 'zod';
import { toFieldErrors, type FieldErrors } from './action-state';

/** Runs a shared zod schema in the browser before submitting; null when the input is valid. */
export function validate(schema: z.ZodType, input: unknown): FieldErrors | null {
  const result = schema.safeParse(input);
  if (result.success) return null;
  return toFieldErrors(result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
}
