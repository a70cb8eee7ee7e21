import { checkRequest } from './check-request.js';
import { OPERATIONS } from './generated/operations.js';
import type { RouteRequest } from './router.js';

/**
 * Checks a request to a stateful route as the API description says for its operation (query parameters and
 * the body's top-level fields), the same checks the generic answers make.
 *
 * @throws Error when the description has no such operation (a typo in a route file).
 * @throws ApiError 400 listing every problem found.
 */
export function checkOperation(operationId: string, request: RouteRequest): void {
  const operation = OPERATIONS.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`The API description has no operation ${operationId}`);
  checkRequest(operation.request, request.query, request.body);
}
