import 'server-only';
import type { z } from 'zod';
import type { Actor } from '@/lib/authz/actor';
import { requireActor } from '@/lib/auth/get-actor';
import { config } from '@/lib/config';
import { checkSameOrigin, ownOriginsOf } from '@/lib/http/same-origin';
import { parseInput } from '@/lib/validation/parse';
import type { ApiContract } from './contract';
import { checkConformance } from './conformance';
import { errorToResponse, problemResponse } from './problem';

/** What Next hands a route handler besides the request. */
export type RouteContext = { params: Promise<Record<string, string | string[]>> };

type Output<S, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

export type EndpointContext<C extends ApiContract> = {
  request: Request;
  /** The path parameters, parsed with the contract's `params`. */
  params: Output<C['params'], Record<string, never>>;
  /** The query, parsed with the contract's `query`. */
  query: Output<C['query'], Record<string, never>>;
  /**
   * The query string as sent (first value of each key), for services that validate their own
   * input because pages call them too; it has already passed the contract's `query`.
   */
  rawQuery: Record<string, string>;
  /** The signed-in caller (session or API token); public endpoints get none. */
  actor: C['isPublic'] extends true ? undefined : Actor;
};

export type EndpointHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { readonly contract: ApiContract };

/**
 * A write that rides on the browser's session cookie must come from the portal's own pages: a
 * cross-site form or `fetch` would otherwise act as the signed-in user. Bearer-token requests carry
 * their credential explicitly and are not affected.
 */
function crossSiteRefusal(request: Request): Response | null {
  if (request.headers.has('authorization') || !request.headers.has('cookie')) return null;
  const verdict = checkSameOrigin(request, ownOriginsOf(config().siteUrl, request));
  if (verdict.ok) return null;
  return problemResponse(
    403,
    'Cross-site request refused',
    `${verdict.reason} Signed-in changes are accepted only from the portal's own pages; scripts use an API token.`,
  );
}

const withoutEmptyValues = (query: Record<string, string>) => Object.fromEntries(Object.entries(query).filter(([, v]) => v !== ''));

/**
 * The route handler of one contract: refuses cross-site cookie writes (403), parses the path
 * parameters (400), resolves the caller unless the endpoint is public (401), parses the query (400),
 * runs `handle`, and turns every failure into a problem document. Under vitest every
 * answer is checked against the contract (`checkConformance`), so each integration test that calls
 * a handler also checks its documented response.
 */
export function endpoint<const C extends ApiContract>(contract: C, handle: (context: EndpointContext<C>) => Promise<Response>): EndpointHandler {
  const handler = async (request: Request, context: RouteContext): Promise<Response> => {
    let response = crossSiteRefusal(request);
    if (!response) {
      try {
        const params = contract.params ? parseInput(contract.params, await context.params) : {};
        const actor = contract.isPublic ? undefined : await requireActor();
        const query0 = Object.fromEntries(new URL(request.url).searchParams.entries());
        const rawQuery = contract.cleanQuery ? contract.cleanQuery(query0) : query0;
        const query = contract.query
          ? parseInput(contract.query, contract.ignoresEmptyQueryValues ? withoutEmptyValues(rawQuery) : rawQuery)
          : {};
        response = await handle({ request, params, query, rawQuery, actor } as EndpointContext<C>);
      } catch (error) {
        response = errorToResponse(error);
      }
    }
    if (process.env.VITEST) await checkConformance(contract, request, response);
    return response;
  };
  return Object.assign(handler, { contract });
}
