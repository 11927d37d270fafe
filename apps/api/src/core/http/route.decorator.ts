import {
  applyDecorators,
  createParamDecorator,
  Delete,
  ExecutionContext,
  Get,
  HttpCode,
  Patch,
  Post,
  Put,
  SetMetadata,
} from '@nestjs/common';
import type { HttpMethod, RouteDef } from '@cairn/contracts';
import type { FastifyRequest } from 'fastify';
import { parseRouteInput } from './parse-input';

export const ROUTE_DEF = 'cairn:route-def';

const registered = new Set<RouteDef>();

/** Every route bound by @Route, for the OpenAPI document. */
export function registeredRoutes(): RouteDef[] {
  return [...registered];
}

const METHODS: Record<HttpMethod, (path: string) => MethodDecorator> = {
  GET: Get,
  POST: Post,
  PUT: Put,
  PATCH: Patch,
  DELETE: Delete,
};

/** Binds a handler to a route of the contracts: method, path, status and schemas. */
export function Route(def: RouteDef): MethodDecorator {
  registered.add(def);
  const path = def.path.replace(/\{(\w+)\}/g, ':$1');
  const status = def.status ?? (def.method === 'POST' ? 201 : 200);
  return applyDecorators(METHODS[def.method](path), HttpCode(status), SetMetadata(ROUTE_DEF, def));
}

export function routeDefOf(context: ExecutionContext): RouteDef | undefined {
  return Reflect.getMetadata(ROUTE_DEF, context.getHandler()) as RouteDef | undefined;
}

/** The handler's params, query and body, parsed by the route's zod schemas (400 otherwise). */
export const Input = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const def = routeDefOf(context);
  if (!def) throw new Error('@Input() used on a handler without @Route()');
  return parseRouteInput(def, context.switchToHttp().getRequest<FastifyRequest>());
});
