/**
 * Builds realistic example values from JSON Schemas of the API description: the description's own examples
 * and defaults where it has them, otherwise values chosen by the field's name (ids, E.164 numbers, ISO times).
 * Written here rather than with a schema mocker (mock-json-schema, json-schema-faker): those fill strings with
 * placeholders such as "string", and the sandbox's answers should look like the API's.
 */
export type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  format?: string;
};

const MAX_DEPTH = 8;

/** Follows `$ref`s (`#/components/schemas/Name`) to the schema they name. */
export function resolveSchema(document: Record<string, unknown>, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let hops = 0; current.$ref && hops < 20; hops += 1) {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    current = parts.reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      document,
    ) as Schema;
  }
  return current ?? {};
}

function matchesType(value: unknown, type: string | undefined): boolean {
  if (type === undefined) return value !== undefined;
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return typeof value === type;
}

function exampleString(name: string, schema: Schema): string {
  const lower = name.toLowerCase();
  let value: string;
  if (schema.format === 'date-time') value = '2025-06-01T12:00:00Z';
  else if (lower === 'userid' || lower === 'sub') value = 'w0';
  else if (/phonelineid$/.test(lower)) value = 'p0';
  else if (/deviceid$/.test(lower)) value = 'e0';
  else if (/faxlineid$/.test(lower)) value = 'f0';
  else if (/smsid$/.test(lower)) value = 's0';
  // A caller id is the number a call or SMS shows, not an id.
  else if (lower === 'callerid') value = '+4921100000000';
  else if (/(^|[a-z])id$/.test(lower)) value = `${name.replace(/id$/i, '') || 'item'}-0`;
  else if (/(date|time|created|modified|expires|at)$/.test(lower)) value = '2025-06-01T12:00:00Z';
  else if (/mail/.test(lower)) value = 'user@example.com';
  else if (/(url|uri)$/.test(lower)) value = 'https://example.com/resource';
  else if (/(number|phone|callerid|caller|callee|target|recipient|source)$/.test(lower))
    value = '+4915799912345';
  else if (/(language|locale)$/.test(lower)) value = 'de_DE';
  else value = name || 'text';
  return value.padEnd(schema.minLength ?? 0, '0');
}

/** A value valid against the schema, as realistic as the description allows. */
export function exampleValue(
  document: Record<string, unknown>,
  input: Schema | undefined,
  name = '',
  depth = 0,
): unknown {
  const schema = resolveSchema(document, input);
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const leaf = schema.type !== 'object' && schema.type !== 'array';
  if (leaf && matchesType(schema.example, schema.type)) return schema.example;
  if (leaf && matchesType(schema.default, schema.type)) return schema.default;
  switch (schema.type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.maximum !== undefined && schema.maximum < 1 ? schema.maximum : 1);
    case 'boolean':
      return false;
    case 'string':
      return exampleString(name, schema);
    case 'array': {
      if (depth >= MAX_DEPTH) return [];
      const count = Math.max(1, schema.minItems ?? 1);
      return Array.from({ length: count }, () => exampleValue(document, schema.items, name, depth + 1));
    }
    default: {
      if (!schema.properties) return schema.type === 'object' ? {} : null;
      if (depth >= MAX_DEPTH) return {};
      return Object.fromEntries(
        Object.entries(schema.properties).map(([key, property]) => [
          key,
          exampleValue(document, property, key, depth + 1),
        ]),
      );
    }
  }
}
