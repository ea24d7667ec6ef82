import type { z } from 'zod';
import { recordResultsResponseSchema, resultsResponseSchema } from '@/lib/validation/results';
import { apiFetch } from '@/app/_components/api/api-fetch';
import type { ResultChange, ResultsData } from './results-model';

export type RecordedResults = z.infer<typeof recordResultsResponseSchema>;

export const resultsKeys = {
  all: ['submission-results'] as const,
  detail: (submissionId: string) => [...resultsKeys.all, submissionId] as const,
  save: (submissionId: string) => [...resultsKeys.all, submissionId, 'save'] as const,
};

export const resultsPath = (submissionId: string) => `/api/v1/submissions/${encodeURIComponent(submissionId)}/results`;

/** One problem the server found, with the CSV line or the JSON path it belongs to. */
export type ResultsProblem = { line?: number; path?: string; message: string };

/** A refused PUT, read from its problem document. */
export class ResultsSaveError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: ResultsProblem[] = [],
    readonly currentState?: string,
  ) {
    super(message);
  }
}

export function fetchResults(submissionId: string): Promise<ResultsData> {
  return apiFetch(resultsPath(submissionId), resultsResponseSchema);
}

async function put(submissionId: string, body: BodyInit, contentType: string): Promise<RecordedResults> {
  let response: Response;
  try {
    response = await fetch(resultsPath(submissionId), {
      method: 'PUT',
      headers: { accept: 'application/json', 'content-type': contentType },
      body,
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    throw new ResultsSaveError(0, 'Could not reach the server. Check your connection and try again.');
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = (data ?? {}) as { detail?: unknown; errors?: unknown; currentState?: unknown };
    const detail = typeof problem.detail === 'string' ? problem.detail : `The request failed (HTTP ${response.status}).`;
    const problems = Array.isArray(problem.errors)
      ? problem.errors.flatMap((e: Record<string, unknown>) =>
          typeof e?.message === 'string'
            ? [{ message: e.message, ...(typeof e.line === 'number' ? { line: e.line } : {}), ...(typeof e.path === 'string' ? { path: e.path } : {}) }]
            : [],
        )
      : [];
    throw new ResultsSaveError(response.status, detail, problems, typeof problem.currentState === 'string' ? problem.currentState : undefined);
  }
  const parsed = recordResultsResponseSchema.safeParse(data);
  if (!parsed.success) throw new ResultsSaveError(response.status, 'The server sent an answer this page does not understand. Reload the page.');
  return parsed.data;
}

export function putResults(submissionId: string, changes: readonly ResultChange[]): Promise<RecordedResults> {
  return put(submissionId, JSON.stringify({ results: changes }), 'application/json');
}

/** Sends the file's bytes as they are: the server checks they are UTF-8 and reports bad rows by line. */
export function putResultsCsv(submissionId: string, file: Blob): Promise<RecordedResults> {
  return put(submissionId, file, 'text/csv');
}
