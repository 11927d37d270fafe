import { RouteConfig } from '@nestjs/platform-fastify';
import type { RouteOptions } from 'fastify';

/**
 * Lets one route take a larger body than the application's limit (an uploaded archive),
 * so that every other route keeps the small default.
 */
export const BodyLimit = (bytes: number): MethodDecorator => RouteConfig({ bodyLimit: bytes });

/** Fastify `onRoute` hook: turns a route's configured body limit into Fastify's own option. */
export function applyBodyLimit(options: RouteOptions): void {
  const limit: unknown = (options.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
  if (typeof limit === 'number') options.bodyLimit = limit;
}
