import type { SandboxExchange } from '@sipgateio/sandbox';
import type OpenAPIBackend from 'openapi-backend';
import type { Context, Operation } from 'openapi-backend';
import type { ContractViolation } from './violation.js';

/** Which Authorization scheme each security scheme of the corrected description takes. */
const SCHEME_OF: Record<string, string> = { basicAuth: 'basic', bearerAuth: 'bearer', oauth2: 'bearer' };

/**
 * Registers a security handler for every scheme of the description. The exchange never holds the credentials,
 * only the scheme they were sent with (`authScheme`), so a handler accepts a request sent with its scheme.
 */
export function registerSecurityHandlers(api: OpenAPIBackend): void {
  for (const [name, scheme] of Object.entries(SCHEME_OF)) {
    api.registerSecurityHandler(
      name,
      (context: Context) => context.request.headers.authorization?.toString().toLowerCase() === scheme,
    );
  }
}

function describeScheme(authScheme: string | undefined): string {
  if (authScheme === undefined) return 'no credentials were sent';
  if (authScheme === '') return 'the Authorization header carries no credentials';
  return `the ${authScheme} scheme is not accepted`;
}

/**
 * The violation when the request satisfies none of the operation's security requirements; answers of 401 are
 * the sandbox refusing credentials on purpose, never the client's fault.
 *
 * openapi-backend runs security handlers only inside its asynchronous `handleRequest`, while exchanges are
 * checked synchronously; so the requirements are combined here as it does (one requirement satisfied, every
 * scheme of it accepted) with the handlers registered on `api`.
 */
export function checkSecurity(
  api: OpenAPIBackend,
  operation: Operation,
  exchange: SandboxExchange,
): Omit<ContractViolation, 'operationId' | 'request'>[] {
  const requirements = operation.security ?? [];
  if (exchange.status === 401 || requirements.length === 0) return [];
  const context = {
    api,
    operation,
    request: {
      method: exchange.method,
      path: exchange.path,
      headers: exchange.authScheme === undefined ? {} : { authorization: exchange.authScheme },
    },
  } as unknown as Context;
  const accepts = (name: string) => Boolean(api.securityHandlers[name]?.(context));
  if (requirements.some((requirement) => Object.keys(requirement).every(accepts))) return [];
  const schemes = requirements.map((requirement) => Object.keys(requirement).join(' + ')).join(', ');
  return [
    {
      location: 'request',
      path: '$.headers.authorization',
      message: `${describeScheme(exchange.authScheme)} (accepted: ${schemes})`,
    },
  ];
}
