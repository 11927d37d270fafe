import { z } from 'zod';
import type { Permission } from './permissions';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who may call a route: anyone, or a signed-in staff member of the session's organisation. */
export type RouteAuth = 'public' | 'staff';

/**
 * One HTTP route of the API, described once: the controller binds to it, the edge parses
 * with its schemas, and the OpenAPI document is generated from it.
 */
export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** OpenAPI-style path, parameters in braces: `/invites/{id}`. */
  path: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  /** For staff routes: the permission the caller's role must grant. */
  permission?: Permission;
  status?: number;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * A multipart/form-data upload: the schema of the text fields sent first, and its files:
   * one part named `file` (the default), one or more parts so named (`many`), or any number
   * of parts under names the request's own form decides (`any`, no fixed `file`). The
   * handler streams it; @Input() does not parse it.
   */
  upload?: { file?: string; fields: z.ZodType; files?: 'one' | 'many' | 'any' };
  /** The route answers bytes (a download), not JSON. */
  binary?: boolean;
  /** The body of a 202 answer, when the route may leave its work to the worker instead. */
  accepted?: z.ZodType;
  response?: R;
}

export function defineRoute<
  P extends z.ZodType = z.ZodNever,
  Q extends z.ZodType = z.ZodNever,
  B extends z.ZodType = z.ZodNever,
  R extends z.ZodType = z.ZodNever,
>(def: RouteDef<P, Q, B, R>): RouteDef<P, Q, B, R> {
  return def;
}

type Parsed<S> = S extends z.ZodNever ? undefined : S extends z.ZodType ? z.infer<S> : undefined;

/** The parsed input a handler receives for a route. */
export type RouteInput<D> =
  D extends RouteDef<infer P, infer Q, infer B, z.ZodType>
    ? { params: Parsed<P>; query: Parsed<Q>; body: Parsed<B> }
    : never;

/** What a handler must return for a route. */
export type RouteOutput<D> =
  D extends RouteDef<z.ZodType, z.ZodType, z.ZodType, infer R>
    ? R extends z.ZodNever
      ? void
      : z.input<R>
    : never;
