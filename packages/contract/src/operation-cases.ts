import { exampleValue, type OpenAPIDocument, type Schema } from '@sipgateio/spec';

/** One call of `client.request` that exercises one operation of the description. */
export interface OperationCase {
  operationId: string;
  /** `'<METHOD> <path template>'`, as `client.request` takes it. */
  route: string;
  /** Path and query parameters by their names in the description, the JSON body under `body`. */
  params: Record<string, unknown>;
}

interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function jsonBodySchema(operation: Operation): Schema | undefined {
  const content = operation.requestBody?.content ?? {};
  return (content['application/json'] ?? content['*/*'])?.schema;
}

/**
 * A case for every operation of the description: path parameters from `ids` (ids that exist in the sandbox's
 * seed data, by parameter name) or else an example value, every query parameter and the JSON body from the
 * description's examples and schemas (`exampleValue`), so each request is valid against the description.
 */
export function createOperationCases(
  document: OpenAPIDocument,
  ids: Readonly<Record<string, string>> = {},
): OperationCase[] {
  const cases: OperationCase[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      const params: Record<string, unknown> = {};
      // Header parameters (`Authorization`) are the client's to send.
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === 'path') {
          params[parameter.name] =
            ids[parameter.name] ?? String(exampleValue(document, parameter.schema, parameter.name));
        } else if (parameter.in === 'query') {
          params[parameter.name] = exampleValue(document, parameter.schema, parameter.name);
        }
      }
      const body = jsonBodySchema(operation);
      if (body) params.body = exampleValue(document, body);
      cases.push({ operationId: operation.operationId, route: `${method.toUpperCase()} ${path}`, params });
    }
  }
  return cases;
}
