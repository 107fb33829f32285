import type { ErrorCode } from '@gridcase/engine';
import type { Static, TSchema } from '@sinclair/typebox';
import type { Context } from 'hono';
import type { GridcaseEnv, Limits, Session } from '../types';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** One documented response of a route. */
export interface ResponseSpec {
  description: string;
  /** JSON body schema; absent for non-JSON bodies (give `contentType`) or empty bodies. */
  schema?: TSchema;
  /** Non-JSON bodies: `text/csv`, `text/event-stream`, `text/html`, `application/octet-stream`. */
  contentType?: string;
}

/** What a handler receives: validated params, query and body, and the caller. */
export interface RouteInput<P, Q, B, S> {
  params: P;
  query: Q;
  body: B;
  session: S;
}

/**
 * One route: everything the app needs to register, validate and document it. The same table
 * feeds Hono, Ajv and the OpenAPI document.
 */
export interface RouteSpec<
  P extends TSchema,
  Q extends TSchema,
  B extends TSchema,
  Auth extends boolean,
> {
  method: HttpMethod;
  /** Hono path, relative to where the app is mounted: `/cases/:id`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** Requires a signed-in caller (default `true`). */
  auth?: Auth;
  /** Only the county admin may call it. */
  admin?: boolean;
  params?: P;
  query?: Q;
  /** JSON body schema (objects are closed: unknown fields are refused). */
  body?: B;
  /**
   * The JSON body's size limit when it differs from `limits.bodyBytes` (a larger body is
   * `request.tooLarge`, details `{ limit, limitMb }`).
   */
  maxBytes?: (limits: Limits) => number;
  /**
   * A non-JSON body (attachments, multipart photo uploads): the size limit, the documented
   * content type (default any), and the error code for a body over the limit (default
   * `attachment.tooLarge`; details `{ limit, limitMb }`).
   */
  rawBody?: {
    maxBytes: (limits: Limits) => number;
    contentType?: string;
    tooLarge?: ErrorCode;
  };
  /** Request headers the route reads, for the OpenAPI document. */
  headers?: Array<{ name: string; description: string; required?: boolean }>;
  /** The `Idempotency-Key` header is required. */
  idempotent?: boolean;
  /** The `If-Match` header (case version) is accepted. */
  ifMatch?: boolean;
  /** An extra per-user rate limit on top of the general one. */
  rateLimit?: 'reveals' | 'exports';
  responses: Record<number, ResponseSpec>;
  handler(
    c: Context<GridcaseEnv>,
    input: RouteInput<
      Static<P>,
      Static<Q>,
      Static<B>,
      Auth extends false ? Session | undefined : Session
    >,
  ): Response | Promise<Response>;
}

/** A route with its types erased, as the route table holds it. */
export type Route = Omit<RouteSpec<TSchema, TSchema, TSchema, boolean>, 'handler'> & {
  handler(
    c: Context<GridcaseEnv>,
    input: RouteInput<unknown, unknown, unknown, Session | undefined>,
  ): Response | Promise<Response>;
};

/**
 * Declares a route. Types flow from the TypeBox schemas into the handler's input; the result
 * goes into the route table that registers Hono handlers and generates `/openapi.json`.
 *
 * @example
 * ```ts
 * const getCase = defineRoute({
 *   method: 'get',
 *   path: '/cases/:id',
 *   operationId: 'getCase',
 *   summary: 'One case, personal data masked',
 *   tags: ['cases'],
 *   params: Type.Object({ id: Type.String() }),
 *   responses: { 200: { description: 'The case', schema: CaseViewSchema } },
 *   handler: async (c, { params, session }) => c.json(await view(params.id, session)),
 * });
 * ```
 */
export function defineRoute<
  P extends TSchema = TSchema,
  Q extends TSchema = TSchema,
  B extends TSchema = TSchema,
  Auth extends boolean = true,
>(spec: RouteSpec<P, Q, B, Auth>): Route {
  return spec as unknown as Route;
}
