/** Where in an exchange a violation was found. */
export type ViolationLocation = 'request' | 'response';

/** One way an exchange breaks sipgate's (corrected) OpenAPI description. */
export interface ContractViolation {
  /** The operation's `operationId`, or `unknown` when no operation matches the method and path. */
  operationId: string;
  /** `METHOD /path` as sent, e.g. `POST /sessions/sms`. */
  request: string;
  location: ViolationLocation;
  /** JSON path of the offending value, e.g. `$.body.whitelist`, `$.query.limit`, `$.status`. */
  path: string;
  message: string;
  /** The test (or other caller) that sent the request, when known. */
  sender?: string;
}

/** One line per violation: operation, request, where, what, who sent it. */
export function formatViolation(violation: ContractViolation): string {
  const sender = violation.sender ? ` [sent by: ${violation.sender}]` : '';
  return `${violation.operationId} (${violation.request}) ${violation.location} ${violation.path}: ${violation.message}${sender}`;
}

/** Turns an ajv instance path (`/requestBody/items/0/id`) into a JSON path (`$.body.items[0].id`). */
export function toJsonPath(instancePath: string, root = '$'): string {
  const parts = instancePath.split('/').filter((part) => part !== '');
  let path = root;
  for (const [index, raw] of parts.entries()) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const name =
      index === 0 && part === 'requestBody' ? 'body' : index === 0 && part === 'path' ? 'params' : part;
    if (/^\d+$/.test(name)) path += `[${name}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(name)) path += `.${name}`;
    else path += `[${JSON.stringify(name)}]`;
  }
  return path;
}
