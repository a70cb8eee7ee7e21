import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { applyOverlay, type OverlayDocument } from './apply-overlay.js';

/** The pinned copy of sipgate's OpenAPI description, exactly as sipgate publishes it. */
export const SPEC_FILE = fileURLToPath(new URL('../sipgate-openapi.yaml', import.meta.url));
/** Our corrections to it, each with its reason. */
export const OVERLAY_FILE = fileURLToPath(new URL('../overlay.yaml', import.meta.url));

/** A parsed OpenAPI 3.0 document (loosely typed: generators and validators bring their own types). */
export type OpenAPIDocument = {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
} & Record<string, unknown>;

/**
 * sipgate's OpenAPI document with the overlay applied: the one description of the API that generators, the
 * sandbox and the contract tests read. A fresh object on every call (callers may mutate it).
 *
 * @param options.corrected `false` gives the document as published, without the overlay.
 */
export function loadSpec(options: { corrected?: boolean } = {}): OpenAPIDocument {
  // YAML dates (`2020-01-01`) stay strings: JSON Schema validators and generators expect the JSON data model.
  const document = parse(readFileSync(SPEC_FILE, 'utf8'), { schema: 'core' }) as OpenAPIDocument;
  if (options.corrected === false) return document;
  const overlay = parse(readFileSync(OVERLAY_FILE, 'utf8')) as OverlayDocument;
  return applyOverlay(document, overlay);
}
