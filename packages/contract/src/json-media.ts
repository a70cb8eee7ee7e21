import type { OpenAPIDocument } from '@sipgateio/spec';

type Content = Record<string, { schema?: unknown }>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

function addJsonTwin(content: Content | undefined): void {
  if (content?.['*/*'] && !content['application/json']) content['application/json'] = content['*/*'];
}

/**
 * Makes every `*∕*` body of the description also an `application/json` one, in place: the API reads and writes
 * those bodies as JSON, and openapi-backend only checks schemas declared for `application/json`.
 */
export function declareJsonForAnyMedia(document: OpenAPIDocument): OpenAPIDocument {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as
        | { requestBody?: { content?: Content }; responses?: Record<string, { content?: Content }> }
        | undefined;
      if (!operation) continue;
      addJsonTwin(operation.requestBody?.content);
      for (const response of Object.values(operation.responses ?? {})) addJsonTwin(response.content);
    }
  }
  return document;
}
