export { applyOverlay, type OverlayAction, type OverlayDocument, OverlayTargetError } from './apply-overlay.js';
export { loadSpec, type OpenAPIDocument, SPEC_FILE, OVERLAY_FILE } from './load-spec.js';
