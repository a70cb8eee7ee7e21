import { JSONPath } from 'jsonpath-plus';

/** One action of an OpenAPI Overlay 1.0 document: deep-merge `update` into, or `remove`, what `target` selects. */
export interface OverlayAction {
  target: string;
  description?: string;
  update?: unknown;
  remove?: boolean;
}

/** An OpenAPI Overlay 1.0 document (https://spec.openapis.org/overlay/v1.0.0). */
export interface OverlayDocument {
  overlay: string;
  info: { title: string; version: string };
  actions: OverlayAction[];
}

/** Thrown when an overlay action selects nothing: a correction that silently stopped applying. */
export class OverlayTargetError extends Error {
  override readonly name = 'OverlayTargetError';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Overlay 1.0 semantics: objects merge recursively, arrays are appended to, anything else replaces.
function merge(target: unknown, update: unknown): unknown {
  if (Array.isArray(target) && Array.isArray(update)) return [...target, ...update];
  if (isPlainObject(target) && isPlainObject(update)) {
    const result: Record<string, unknown> = { ...target };
    for (const [key, value] of Object.entries(update)) {
      result[key] = key in result ? merge(result[key], value) : value;
    }
    return result;
  }
  return update;
}

/**
 * Applies an overlay to a parsed OpenAPI document, in place, in action order.
 *
 * Written here rather than taken from openapi-overlays-js: that tool reports a failed action on stderr and goes
 * on, and says nothing about a target that matches nothing; for corrections that must keep applying, both
 * have to fail loudly. The JSONPath evaluation itself is jsonpath-plus's.
 *
 * @throws {OverlayTargetError} when an action's target selects no node.
 */
export function applyOverlay<T extends object>(document: T, overlay: OverlayDocument): T {
  for (const action of overlay.actions) {
    const matches = JSONPath({ path: action.target, json: document, resultType: 'all' }) as {
      parent: Record<string, unknown> | unknown[] | null;
      parentProperty: string | number | null;
      value: unknown;
    }[];
    if (matches.length === 0) {
      throw new OverlayTargetError(
        `Overlay action selects nothing: ${action.target}${action.description ? ` (${action.description})` : ''}`,
      );
    }
    // Removing from the end keeps the indexes of earlier array matches valid.
    for (const match of [...matches].reverse()) {
      const { parent, parentProperty } = match;
      if (parent === null || parentProperty === null) {
        if (action.remove) throw new OverlayTargetError('Overlay action cannot remove the document root');
        Object.assign(document, merge(document, action.update));
        continue;
      }
      if (action.remove) {
        if (Array.isArray(parent)) parent.splice(Number(parentProperty), 1);
        else delete parent[parentProperty as string];
      } else {
        (parent as Record<string | number, unknown>)[parentProperty] = merge(match.value, action.update);
      }
    }
  }
  return document;
}
