import type { TSchema } from '@sinclair/typebox';
import type { Route } from '../routes/defineRoute';
import { ErrorSchema } from '../routes/schemas';

/** An OpenAPI 3.1 document as plain JSON. */
export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
};

/** Plain JSON copy of a TypeBox schema (drops TypeBox's symbol keys). */
function plain(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}

function parametersOf(schema: TSchema | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = plain(schema);
  const properties = (json.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function operationOf(route: Route) {
  const parameters: unknown[] = [
    ...parametersOf(route.params, 'path'),
    ...parametersOf(route.query, 'query'),
  ];
  if (route.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'Unique per logical request; a retry with the same key returns the first response.',
      schema: { type: 'string', minLength: 8, maxLength: 128 },
    });
  }
  for (const header of route.headers ?? []) {
    parameters.push({
      name: header.name,
      in: 'header',
      required: header.required === true,
      description: header.description,
      schema: { type: 'string' },
    });
  }
  if (route.ifMatch) {
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: false,
      description: 'The case version (ETag) the command was prepared against; stale -> 409.',
      schema: { type: 'string' },
    });
  }
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    const content = spec.schema
      ? { 'application/json': { schema: plain(spec.schema) } }
      : spec.contentType
        ? { [spec.contentType]: { schema: { type: 'string' } } }
        : undefined;
    responses[status] = { description: spec.description, ...(content ? { content } : {}) };
  }
  responses.default = {
    description: 'Error: `{ code, message, hint, details }`',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
  const requestBody = route.body
    ? { required: true, content: { 'application/json': { schema: plain(route.body) } } }
    : route.rawBody
      ? {
          required: true,
          content: {
            [route.rawBody.contentType ?? '*/*']: { schema: { type: 'string', format: 'binary' } },
          },
        }
      : undefined;
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: route.tags,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
    security: route.auth === false ? [] : [{ bearerAuth: [] }],
  };
}

/**
 * Generates the OpenAPI 3.1 document from the route table: the same TypeBox schemas Ajv
 * validates requests with, so the documentation cannot drift from the checks.
 *
 * @example
 * ```ts
 * const doc = buildOpenApi(routes, { version: '0.1.0', serverUrl: '/api' });
 * doc.openapi; // '3.1.0'
 * ```
 */
export function buildOpenApi(
  routes: Route[],
  options: { version: string; serverUrl?: string },
): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method] = operationOf(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'gridcase API',
      version: options.version,
      description:
        'Grassroots case handling: workflow definitions, cases, commands, deadlines, audit. ' +
        'Errors are always `{ code, message, hint, details }`; personal data is masked unless revealed.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: options.serverUrl || '/' }],
    paths,
    components: {
      schemas: { Error: plain(ErrorSchema) },
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  };
}
