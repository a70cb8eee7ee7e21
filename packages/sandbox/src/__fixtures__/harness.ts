import { afterEach } from 'vitest';
import { createSandbox } from '../sandbox.js';
import type { Sandbox, SandboxOptions } from '../sandbox.types.js';

const running: Sandbox[] = [];

/** Starts a sandbox on 127.0.0.1:0 that is stopped after the test. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = await createSandbox(options);
  running.push(sandbox);
  return sandbox;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.stop()));
});

/** The Authorization header value for a sandbox's credentials. */
export function basicAuth(sandbox: Sandbox): string {
  const { tokenId, token } = sandbox.credentials;
  return `Basic ${Buffer.from(`${tokenId}:${token}`).toString('base64')}`;
}

export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | (string | number)[]>;
  headers?: Record<string, string>;
  auth?: boolean;
  /** Sends the body as given (no JSON encoding) with this content type. */
  contentType?: string;
  signal?: AbortSignal;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON shapes
  json: any;
}

/** Sends one request to the sandbox with fetch, authenticated unless `auth: false`. */
export async function call(
  sandbox: Sandbox,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const url = new URL(`${sandbox.url}${path}`);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.auth !== false) headers.Authorization = basicAuth(sandbox);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = options.contentType ? String(options.body) : JSON.stringify(options.body);
    headers['Content-Type'] = options.contentType ?? 'application/json';
  }
  const response = await fetch(url, {
    method,
    headers,
    body,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The pointers of a 400 body's errors. */
// biome-ignore lint/suspicious/noExplicitAny: error bodies are JSON
export function pointers(json: any): string[] {
  return (json?.errors ?? []).map((error: { source?: { pointer: string } }) => error.source?.pointer);
}

/** A tiny valid PDF, base64 encoded. */
export const PDF_BASE64 = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n2 0 obj<</Type /Pages /Kids [3 0 R] /Count 1>>endobj\n3 0 obj<</Type /Page /Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');
