import type { z } from 'zod';
import { toFieldErrors, type FieldErrors } from '@/app/_components/forms/action-state';

/** A refused /api/v1 request, read from its problem document. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

type Options = { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; body?: unknown };

/** Calls the portal's own API with the browser session; the response is checked against `schema`. */
export async function apiFetch<S extends z.ZodType>(path: string, schema: S, options?: Options): Promise<z.output<S>>;
export async function apiFetch(path: string, schema: null, options?: Options): Promise<void>;
export async function apiFetch(path: string, schema: z.ZodType | null, { method = 'GET', body }: Options = {}) {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (data ?? {}) as { detail?: unknown; errors?: unknown };
    const detail = typeof problem.detail === 'string' ? problem.detail : `The request failed (HTTP ${response.status}).`;
    throw new ApiError(response.status, detail, toFieldErrors(problem.errors));
  }
  if (!schema) return;
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(response.status, 'The server sent an answer this page does not understand. Reload the page.');
  return parsed.data;
}
