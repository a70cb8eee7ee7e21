import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_SCOPES_FILE, generateScopes, routeScopes } from './generate-scopes.js';

describe('generated table of scopes per operation', () => {
  it('matches a fresh generation from the corrected description (run pnpm generate after changing it)', () => {
    const committed = readFileSync(GENERATED_SCOPES_FILE, 'utf8');
    expect(committed === generateScopes(), 'packages/core/src/generated/route-scopes.ts is stale').toBe(true);
  });

  it('lists the narrowest scope first and `all` last', () => {
    const scopes = new Map(routeScopes());
    expect(scopes.get('POST /sessions/sms')).toEqual(['sessions:sms:write', 'sessions:write', 'all']);
    expect(scopes.get('GET /history')).toEqual(['history:read', 'all']);
  });

  it('leaves out operations that name no scope', () => {
    const scopes = new Map(routeScopes());
    expect(scopes.has('GET /authorization/userinfo')).toBe(false);
    expect(scopes.size).toBe(172);
  });
});
