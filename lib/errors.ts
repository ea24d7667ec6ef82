/** A failure the caller caused; carries its HTTP status and is shown to them as a problem document. */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (detail: string, errors?: unknown) =>
  new ServiceError(400, 'Bad request', detail, errors ? { errors } : {});
export const unauthorized = (detail = 'Sign in or send a valid API token.') =>
  new ServiceError(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new ServiceError(403, 'Forbidden', detail);
export const notFound = (what = 'Resource') => new ServiceError(404, 'Not found', `${what} not found.`);
export const conflict = (detail: string, currentState?: string) =>
  new ServiceError(409, 'Conflict', detail, currentState ? { currentState } : {});
export const preconditionFailed = (currentVersion: number) =>
  new ServiceError(412, 'Precondition failed', `The object changed (version is now ${currentVersion}); reload and retry.`, {
    currentVersion,
  });
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new ServiceError(429, 'Too many requests', detail, { retryAfterSeconds });
export const unprocessable = (detail: string, errors?: unknown) =>
  new ServiceError(422, 'Unprocessable content', detail, errors ? { errors } : {});
