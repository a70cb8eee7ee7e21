import type { SandboxExchange } from '@sipgateio/sandbox';
import { loadSpec, type OpenAPIDocument } from '@sipgateio/spec';
import OpenAPIBackend, { type Document, type Operation } from 'openapi-backend';
import { declareJsonForAnyMedia } from './json-media.js';
import { checkSecurity, registerSecurityHandlers } from './security.js';
import { type ContractViolation, toJsonPath } from './violation.js';

/** Checks exchanges against the corrected OpenAPI description. */
export interface ContractValidator {
  /** Every way the exchange breaks the description; empty when it keeps it. */
  validate(exchange: SandboxExchange): ContractViolation[];
  /** Every operation of the description. */
  operations(): Operation[];
  /** The `operationId` of the operation the exchange's method and path match, if any. */
  operationOf(exchange: SandboxExchange): string | undefined;
}

type Responses = Record<string, { content?: Record<string, unknown> }>;

interface AjvError {
  instancePath: string;
  message?: string;
  params?: Record<string, unknown>;
}

function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function declares(content: Record<string, unknown> | undefined, type: string): boolean {
  const types = Object.keys(content ?? {});
  return types.includes('*/*') || types.includes(type) || types.includes(`${type.split('/')[0]}/*`);
}

function describeError(error: AjvError): string {
  const extra = error.params?.additionalProperty ?? error.params?.missingProperty;
  return `${error.message ?? 'is invalid'}${extra === undefined ? '' : ` (${String(extra)})`}`;
}

/** The declared answer for a status: the exact code, its range (`2XX`), then `default`. */
function declaredResponse(responses: Responses, status: number) {
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

function checkRequest(api: OpenAPIBackend, operation: Operation, exchange: SandboxExchange) {
  const violations: Omit<ContractViolation, 'operationId' | 'request'>[] = [];
  const result = api.validateRequest(
    {
      method: exchange.method,
      path: exchange.path,
      query: exchange.query,
      headers: exchange.headers,
      body: exchange.body as object,
    },
    operation,
  );
  for (const error of (result.errors ?? []) as AjvError[]) {
    violations.push({
      location: 'request',
      path: toJsonPath(error.instancePath),
      message: describeError(error),
    });
  }
  const type = mediaType(exchange.headers['content-type']);
  const content = (operation.requestBody as { content?: Record<string, unknown> } | undefined)?.content;
  if (exchange.body !== undefined && type && !declares(content, type)) {
    violations.push({
      location: 'request',
      path: '$.headers["content-type"]',
      message: content
        ? `${type} is not declared (declared: ${Object.keys(content).join(', ')})`
        : 'the operation takes no body',
    });
  }
  return violations;
}

function checkResponse(api: OpenAPIBackend, operation: Operation, exchange: SandboxExchange) {
  const violations: Omit<ContractViolation, 'operationId' | 'request'>[] = [];
  const responses = (operation.responses ?? {}) as Responses;
  const declared = declaredResponse(responses, exchange.status);
  const success = exchange.status >= 200 && exchange.status < 300;
  const declaresSuccess = Object.keys(responses).some((code) => code.startsWith('2'));
  if (!declared) {
    // Error answers the description leaves out carry the API's generic error body; only an undeclared success
    // answer is a violation, and where the description lists no success answer at all, an empty one is fine.
    if (success && (declaresSuccess || exchange.responseBody !== undefined)) {
      violations.push({
        location: 'response',
        path: '$.status',
        message: `${exchange.status} is not declared`,
      });
    }
    return violations;
  }
  // The description declares most error answers without a body; the API still sends its error body there.
  if (!success && Object.keys(declared.content ?? {}).length === 0) return violations;
  const type = mediaType(exchange.responseContentType);
  if (!type) {
    if (success && declared.content && Object.keys(declared.content).length > 0 && exchange.status !== 204) {
      violations.push({
        location: 'response',
        path: '$.body',
        message: 'a body is declared but none was sent',
      });
    }
    return violations;
  }
  if (!declares(declared.content, type)) {
    violations.push({
      location: 'response',
      path: '$.headers["content-type"]',
      message: declared.content
        ? `${type} is not declared (declared: ${Object.keys(declared.content).join(', ')})`
        : 'no body is declared',
    });
    return violations;
  }
  if (type !== 'application/json') return violations;
  const result = api.validateResponse(exchange.responseBody, operation, exchange.status);
  for (const error of (result.errors ?? []) as AjvError[]) {
    violations.push({
      location: 'response',
      path: toJsonPath(error.instancePath, '$.body'),
      message: describeError(error),
    });
  }
  return violations;
}

/**
 * Builds a validator for the corrected description (openapi-backend does the routing, the security handlers and
 * the JSON Schema checks; content types and undeclared statuses are checked here, which openapi-backend leaves out).
 *
 * @example
 * const validator = await createContractValidator();
 * const violations = validator.validate(exchange);
 */
export async function createContractValidator(
  definition: OpenAPIDocument = loadSpec(),
): Promise<ContractValidator> {
  const api = new OpenAPIBackend({
    definition: declareJsonForAnyMedia(structuredClone(definition)) as unknown as Document,
    strict: false,
    validate: true,
    coerceTypes: true,
    ajvOpts: { allErrors: true },
  });
  registerSecurityHandlers(api);
  await api.init();
  const match = (exchange: SandboxExchange) =>
    api.matchOperation({ method: exchange.method, path: exchange.path, headers: exchange.headers });
  return {
    operations: () => api.getOperations(),
    operationOf: (exchange) => match(exchange)?.operationId,
    validate(exchange) {
      const request = `${exchange.method} ${exchange.path}`;
      const operation = match(exchange);
      if (!operation) {
        return [
          {
            operationId: 'unknown',
            request,
            location: 'request',
            path: '$',
            message: 'no operation matches the method and path',
          },
        ];
      }
      const operationId = operation.operationId ?? 'unknown';
      return [
        ...checkSecurity(api, operation, exchange),
        ...checkRequest(api, operation, exchange),
        ...checkResponse(api, operation, exchange),
      ].map((violation) => ({ operationId, request, ...violation }));
    },
  };
}
