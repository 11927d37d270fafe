import { fieldRule, type RouteDef } from '@cairn/contracts';
import type { z } from 'zod';
import { AppError, FieldError } from '../errors/app-error';
import { fieldAt } from './unstorable-text';

type Location = 'params' | 'query' | 'body';

function issuesOf(location: Location, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const { rule, params } = fieldRule(issue);
    return {
      in: location,
      field: fieldAt(location, issue.path),
      message: issue.message,
      code: rule,
      ...(params && Object.keys(params).length > 0 ? { params } : {}),
    };
  });
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
    // The input tells a missing field from a wrong one; it stays in the issue, never in the answer.
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) parsed[location] = result.data;
    else errors.push(...issuesOf(location, result.error));
  }
  if (errors.length > 0) throw AppError.validation(errors);
  return parsed;
}
