import { z } from 'zod';

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** How a body of one media type is described: a zod schema (JSON), free text, or opaque bytes. */
export type MediaSchema = z.ZodType | 'text' | 'binary';

/** A response header: its description; sent on every success answer unless `isOptional`. */
export type HeaderDoc = string | { description: string; isOptional: true };

/**
 * One endpoint of the HTTP API, declared once: the route handler is built from it (`endpoint`), so
 * the path parameters and the query are parsed with these schemas, and the OpenAPI document is
 * generated from the list of all of them (`lib/api/contracts`).
 */
export type ApiContract = {
  operationId: string;
  method: HttpMethod;
  /** The URL path with `{param}` placeholders, as in OpenAPI (Next's `[param]` folders). */
  path: `/api/${string}`;
  tag: string;
  summary: string;
  /** Longer rules (Markdown), when the summary cannot carry them. */
  description?: string;
  /** No sign-in needed (the handler gets no actor). */
  isPublic?: boolean;
  /** Public, but a signed-in caller (or a bearer token) may see more. */
  readsOptionalCaller?: boolean;
  /** The `{param}`s of `path`, parsed before anything else (400 when they do not parse). */
  params?: z.ZodObject;
  /** The query string (first value of each key), parsed before the handler runs (400). */
  query?: z.ZodType;
  /** `?status=` from an untouched form field means "no filter": empty values are dropped before parsing. */
  /** Query values cleaned before parsing (an evidence file name loses control and bidi characters instead of being refused). */
  cleanQuery?: (raw: Record<string, string>) => Record<string, string>;
  ignoresEmptyQueryValues?: boolean;
  /** The request body per media type; the handler reads it (streams stay streams). */
  body?: { isOptional?: boolean; content: Record<string, MediaSchema> };
  /** The success answer: its status, and its body per media type (none for 204). */
  response: { status: number; description?: string; content?: Record<string, MediaSchema>; headers?: Record<string, HeaderDoc> };
  /** Further non-error answers, e.g. 304, with their descriptions. */
  otherResponses?: Record<number, string>;
  /**
   * Error statuses the endpoint answers with a problem document, besides those implied by the
   * contract itself (see `errorStatusesOf`).
   */
  errors?: readonly number[];
};

/** Keeps the literal types of a contract (so `isPublic: true` reaches the handler's type). */
export function defineContract<const C extends ApiContract>(contract: C): C {
  return contract;
}

const MUTATING: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isMutating = (method: HttpMethod) => MUTATING.has(method);

export const isJsonMediaType = (mediaType: string) => /^application\/(.+\+)?json$/i.test(mediaType);

/**
 * Every problem status an endpoint may answer: those it declares plus those the contract implies —
 * 401 without a caller, 400 when params or query are parsed, 400/413/415 for a JSON body (readJson),
 * 403 for a mutating request refused as cross-site. 5xx are always possible and documented apart.
 */
export function errorStatusesOf(contract: ApiContract): number[] {
  const statuses = new Set(contract.errors ?? []);
  if (!contract.isPublic) statuses.add(401);
  if (contract.params || contract.query) statuses.add(400);
  if (contract.body && Object.keys(contract.body.content).some(isJsonMediaType)) for (const s of [400, 413, 415]) statuses.add(s);
  if (isMutating(contract.method) && !contract.isPublic) statuses.add(403);
  return [...statuses].sort((a, b) => a - b);
}

/** `{id}` placeholders of a contract path, in order. */
export const pathParamNames = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);

/** An RFC 9457 problem document as this API writes them (extension members allowed). */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.int().min(400).max(599),
  detail: z.string(),
  errors: z
    .array(z.looseObject({ path: z.string().optional(), message: z.string() }))
    .optional()
    .describe('Field errors: the path of the field (dot-separated) and what is wrong with it'),
  currentState: z.string().optional().describe('409: the state the object is in'),
  currentVersion: z.int().optional().describe('412: the version the object has now'),
});
