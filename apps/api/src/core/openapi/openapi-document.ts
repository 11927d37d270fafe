import type { RouteDef } from '@cairn/contracts';
import { Problem } from '@cairn/contracts';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

function parameters(def: RouteDef): JsonSchema[] {
  const result: JsonSchema[] = [];
  for (const location of ['params', 'query'] as const) {
    const schema = def[location];
    if (!schema) continue;
    const json = toSchema(schema, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      result.push({
        name,
        in: location === 'params' ? 'path' : 'query',
        required: location === 'params' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return result;
}

function operation(def: RouteDef): JsonSchema {
  const status = String(def.status ?? (def.method === 'POST' ? 201 : 200));
  const problem = {
    'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
  };
  const responses: JsonSchema = {
    [status]: successResponse(def),
    '400': { description: 'Invalid input; `errors` names each field', content: problem },
  };
  if (def.accepted) {
    responses['202'] = {
      description: 'Accepted: the work goes on in the background',
      content: { 'application/json': { schema: toSchema(def.accepted, 'output') } },
    };
  }
  if (def.auth === 'staff') {
    responses['401'] = { description: 'No valid session', content: problem };
    if (def.permission)
      responses['403'] = { description: `Needs ${def.permission}`, content: problem };
  }
  if (def.params)
    responses['404'] = { description: 'Not found, or not visible to you', content: problem };
  const op: JsonSchema = {
    operationId: `${def.method.toLowerCase()}${def.path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, c?: string) => (c ?? '').toUpperCase())}`,
    summary: def.summary,
    tags: [def.tag],
    parameters: parameters(def),
    responses,
  };
  if (def.auth === 'staff') op.security = [{ session: [] }];
  if (def.body) {
    op.requestBody = {
      required: true,
      content: { 'application/json': { schema: toSchema(def.body, 'input') } },
    };
  }
  if (def.upload) op.requestBody = uploadBody(def.upload);
  return op;
}

function successResponse(def: RouteDef): JsonSchema {
  if (def.binary) {
    return {
      description: 'The bytes, as an attachment',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    };
  }
  if (def.response) {
    return {
      description: 'Success',
      content: { 'application/json': { schema: toSchema(def.response, 'output') } },
    };
  }
  return { description: 'Success, no content' };
}

/** A multipart body: the text fields first, then the file part or parts. */
function uploadBody(upload: NonNullable<RouteDef['upload']>): JsonSchema {
  const fields = toSchema(upload.fields, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
    additionalProperties?: unknown;
  };
  const binary = { type: 'string', format: 'binary' };
  const files = upload.files ?? 'one';
  const file = files === 'any' ? undefined : (upload.file ?? 'file');
  const schema: JsonSchema = {
    type: 'object',
    properties: {
      ...(fields.properties ?? {}),
      ...(file && { [file]: files === 'many' ? { type: 'array', items: binary } : binary }),
    },
    required: [...(fields.required ?? []), ...(file ? [file] : [])],
  };
  // Parts named by the request's own form: answers as text, files as bytes.
  if (files === 'any')
    schema.additionalProperties = { anyOf: [fields.additionalProperties ?? {}, binary] };
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema,
        ...(file && { encoding: { [file]: { contentType: 'application/octet-stream' } } }),
      },
    },
  };
}

/** The OpenAPI 3.1 document of the given routes, generated from their zod schemas. */
export function buildOpenApiDocument(routes: RouteDef[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const sorted = [...routes].sort(
    (a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method),
  );
  for (const def of sorted) {
    (paths[def.path] ??= {})[def.method.toLowerCase()] = operation(def);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cairn API',
      version: '0.1.0',
      description: 'Case management for online-abuse helplines. Errors are RFC 9457 problem+json.',
    },
    paths,
    components: {
      schemas: { Problem: toSchema(Problem, 'output') },
      securitySchemes: {
        session: {
          type: 'http',
          scheme: 'bearer',
          description: 'Session token from POST /auth/login',
        },
      },
    },
  };
}
