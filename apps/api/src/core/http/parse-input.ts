import type { RouteDef } from '@cairn/contracts';
import type { z } from 'zod';
import { AppError, FieldError } from '../errors/app-error';
import { fieldAt } from './unstorable-text';

type Location = 'params' | 'query' | 'body';

function issuesOf(location: Location, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    in: location,
    field: fieldAt(location, issue.path),
    message: issue.message,
  }));
}

/**
 * Parses a request against a route's schemas. Every problem of every location is
 * reported at once, each naming its field.
 */
export function parseRouteInput(
  def: RouteDef,
  request: { params?: unknown; query?: unknown; body?: unknown },
): { params: unknown; query: unknown; body: unknown } {
  const errors: FieldError[] = [];
  const parsed: Record<Location, unknown> = {
    params: undefined,
    query: undefined,
    body: undefined,
  };
  for (const location of ['params', 'query', 'body'] as const) {
    const schema = def[location];
    if (!schema) continue;
    const raw = request[location] ?? (location === 'body' ? undefined : {});
    const result = schema.safeParse(raw);
    if (result.success) parsed[location] = result.data;
    else errors.push(...issuesOf(location, result.error));
  }
  if (errors.length > 0) throw AppError.validation(errors);
  return parsed;
}
