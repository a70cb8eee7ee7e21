import { ApiError, type ApiErrorItem } from './api-error.js';
import type { FieldRule, RequestRules } from './operation.types.js';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function typeProblem(rule: FieldRule, value: unknown): string | undefined {
  const kind = kindOf(value);
  if (kind === 'null') return rule.nullable ? undefined : 'must not be null';
  const fits = kind === rule.type || (rule.type === 'number' && kind === 'integer');
  if (!fits) return `must be of type ${rule.type}`;
  const values = Array.isArray(value) ? value : [value];
  if (rule.enum && rule.type !== 'object' && values.some((item) => !rule.enum?.includes(String(item)))) {
    return `must be one of ${rule.enum.join(', ')}`;
  }
  if (typeof value === 'number') {
    if (rule.minimum !== undefined && value < rule.minimum) return `must be at least ${rule.minimum}`;
    if (rule.maximum !== undefined && value > rule.maximum) return `must be at most ${rule.maximum}`;
  }
  return undefined;
}

function problem(pointer: string, detail: string): ApiErrorItem {
  return { status: 400, title: 'Bad Request', detail, source: { pointer } };
}

function queryValue(rule: FieldRule, raw: string | string[]): unknown {
  const values = Array.isArray(raw) ? raw : [raw];
  const convert = (value: string): unknown => {
    if (rule.type === 'integer' || rule.type === 'number')
      return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    if (rule.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
    return value;
  };
  return rule.type === 'array' ? values : convert(values[values.length - 1] as string);
}

function checkQuery(rules: RequestRules, query: Record<string, string | string[]>): ApiErrorItem[] {
  const problems: ApiErrorItem[] = [];
  for (const [name, rule] of Object.entries(rules.query ?? {})) {
    const raw = query[name];
    if (raw === undefined) {
      if (rule.required) problems.push(problem(`?${name}`, `${name} is required`));
      continue;
    }
    const detail = typeProblem(rule, queryValue(rule, raw));
    if (detail) problems.push(problem(`?${name}`, `${name} ${detail}`));
  }
  return problems;
}

function checkBody(rules: RequestRules, body: unknown): ApiErrorItem[] {
  const rule = rules.body;
  if (!rule) return [];
  if (body === undefined) return rule.required ? [problem('/', 'A JSON body is required')] : [];
  if (kindOf(body) !== 'object') return [problem('/', 'The request body must be a JSON object')];
  const value = body as Record<string, unknown>;
  const problems: ApiErrorItem[] = [];
  for (const [key, field] of Object.entries(rule.fields)) {
    if (value[key] === undefined) {
      if (field.required) problems.push(problem(`/${key}`, `${key} is required`));
      continue;
    }
    const detail = typeProblem(field, value[key]);
    if (detail) problems.push(problem(`/${key}`, `${key} ${detail}`));
  }
  return problems;
}

/**
 * Checks a request against the compact rules generated from the API description (query parameters and the
 * body's top-level fields: presence, JSON type, allowed values, bounds).
 *
 * @throws ApiError 400 listing every problem found.
 */
export function checkRequest(
  rules: RequestRules,
  query: Record<string, string | string[]>,
  body: unknown,
): void {
  const problems = [...checkQuery(rules, query), ...checkBody(rules, body)];
  if (problems.length > 0) throw ApiError.validation(problems);
}
