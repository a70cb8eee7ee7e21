export {
  applyOverlay,
  type OverlayAction,
  type OverlayDocument,
  OverlayTargetError,
} from './apply-overlay.js';
export { exampleValue, resolveSchema, type Schema } from './example-value.js';
export { GENERATED_TYPES_FILE, generateTypes } from './generate-types.js';
export { loadSpec, type OpenAPIDocument, OVERLAY_FILE, SPEC_FILE } from './load-spec.js';
