import { ApiError, type ApiErrorItem } from './api-error.js';

interface StringRule {
  required?: boolean;
  nonBlank?: boolean;
  maxLength?: number;
  pattern?: RegExp;
  patternMessage?: string;
  oneOf?: readonly string[];
}

/** Collects validation errors for one JSON object and throws them together as a 400. */
export class BodyChecker {
  readonly errors: ApiErrorItem[] = [];
  readonly value: Record<string, unknown>;

  constructor(
    body: unknown,
    private readonly base = '',
  ) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ApiError(400, 'The request body must be a JSON object', base || '/');
    }
    this.value = body as Record<string, unknown>;
  }

  add(key: string, detail: string): void {
    this.errors.push({
      status: 400,
      title: 'Bad Request',
      detail,
      source: { pointer: `${this.base}/${key}` },
    });
  }

  string(key: string, rule: StringRule = {}): string | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (rule.required) this.add(key, `${key} is required`);
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(key, `${key} must be a string`);
      return undefined;
    }
    if (rule.nonBlank && value.trim() === '') this.add(key, `${key} must not be empty`);
    else if (rule.maxLength !== undefined && value.length > rule.maxLength) {
      this.add(key, `${key} must be at most ${rule.maxLength} characters long`);
    } else if (rule.pattern && !rule.pattern.test(value)) {
      this.add(key, rule.patternMessage ?? `${key} has an invalid format`);
    } else if (rule.oneOf && !rule.oneOf.includes(value)) {
      this.add(key, `${key} must be one of ${rule.oneOf.join(', ')}`);
    }
    return value;
  }

  boolean(key: string, required = false): boolean | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (required) this.add(key, `${key} is required`);
      return undefined;
    }
    if (typeof value !== 'boolean') {
      this.add(key, `${key} must be a boolean`);
      return undefined;
    }
    return value;
  }

  number(key: string, required = false): number | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (required) this.add(key, `${key} is required`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(key, `${key} must be a number`);
      return undefined;
    }
    return value;
  }

  array(key: string, required = false): unknown[] | undefined {
    const value = this.value[key];
    if (value === undefined || value === null) {
      if (required) this.add(key, `${key} is required`);
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.add(key, `${key} must be an array`);
      return undefined;
    }
    return value;
  }

  /** Throws a 400 with every collected error, if any. */
  done(): void {
    if (this.errors.length > 0) throw ApiError.validation(this.errors);
  }
}

/** E.164-ish phone number as the sandbox accepts it: optional +, 6 to 15 digits, no leading 0 after +. */
export const PHONE_NUMBER = /^\+?[1-9]\d{5,14}$/;

/** Removes spaces, dashes and parentheses that people put into numbers. */
export function compactNumber(value: string): string {
  return value.replace(/[\s\-()/]/g, '');
}

/** Whether a value is a phone number the sandbox can dial. */
export function isDialable(value: string): boolean {
  return PHONE_NUMBER.test(compactNumber(value));
}

/** Whether a value is an extension such as `e0` of one of the given type letters. */
export function isExtensionOf(value: string, letters: string): boolean {
  return new RegExp(`^[${letters}](0|[1-9][0-9]*)$`).test(value);
}

/** Reads a single query value (the last one when a key repeats). */
export function single(query: Record<string, string | string[]>, key: string): string | undefined {
  const value = query[key];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

/** Reads a repeated query key as an array. */
export function many(query: Record<string, string | string[]>, key: string): string[] {
  const value = query[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Reads an integer query parameter within bounds, or throws a 400 naming it. */
export function integerParam(
  query: Record<string, string | string[]>,
  key: string,
  options: { fallback: number; min?: number; max?: number },
): number {
  const raw = single(query, key);
  if (raw === undefined || raw === '') return options.fallback;
  if (!/^-?\d+$/.test(raw)) throw new ApiError(400, `${key} must be an integer`, `?${key}`);
  const value = Number(raw);
  const min = options.min ?? 0;
  const max = options.max ?? 2147483647;
  if (value < min || value > max) {
    throw new ApiError(400, `${key} must be between ${min} and ${max}`, `?${key}`);
  }
  return value;
}
