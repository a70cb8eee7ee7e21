import { ApiError } from './api-error.js';
import { checkRequest } from './check-request.js';
import type { GeneratedOperation } from './operation.types.js';
import type { Route, RouteRequest, RouteResponse } from './router.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Only plain values are read back: they keep the answer valid whatever shape the written body had.
function isPlain(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function readBack(example: Record<string, unknown>, written: Record<string, unknown> | undefined) {
  if (!written) return example;
  const merged = { ...example };
  for (const [key, value] of Object.entries(written)) {
    if (key in merged && isPlain(value) && typeof value === typeof merged[key]) merged[key] = value;
  }
  return merged;
}

function answer(operation: GeneratedOperation, request: RouteRequest): RouteResponse {
  const { params, context } = request;
  const userId = params.userId;
  if (userId !== undefined && !context.state.users.some((user) => user.id === userId)) {
    throw new ApiError(404, `User ${userId} was not found`, '/userId');
  }
  checkRequest(operation.request, request.query, request.body);
  if (operation.method === 'PUT' && isRecord(request.body)) {
    context.state.written[request.path] = { ...context.state.written[request.path], ...request.body };
  }
  if (operation.body === undefined) return { status: operation.status };
  if (operation.contentType)
    return { status: operation.status, body: operation.body, contentType: operation.contentType };
  let body = structuredClone(operation.body);
  if (isRecord(body)) {
    // The answer is about the resource the path names: its last path parameter is its id.
    const values = Object.values(params);
    const last = values[values.length - 1];
    if (last !== undefined && typeof body.id === 'string') body.id = last;
    if (operation.method === 'GET') body = readBack(body, context.state.written[request.path]);
  }
  return { status: operation.status, body };
}

/** Routes answering every operation of the API description with a checked request and an example answer. */
export function createGenericRoutes(operations: readonly GeneratedOperation[]): Route[] {
  return operations.map((operation) => ({
    method: operation.method,
    pattern: operation.path.replace(/\{(\w+)\}/g, ':$1'),
    jsonBody: 'optional' as const,
    handle: (request: RouteRequest) => answer(operation, request),
  }));
}
