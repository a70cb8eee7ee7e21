/** The issuer unit tests talk to (intercepted by nock): sipgate's third-party realm. */
export const ISSUER = 'https://login.sipgate.com/auth/realms/third-party';
export const LOGIN_ORIGIN = 'https://login.sipgate.com';
export const REALM_PATH = '/auth/realms/third-party';
export const TOKEN_PATH = `${REALM_PATH}/protocol/openid-connect/token`;
export const REVOKE_PATH = `${REALM_PATH}/protocol/openid-connect/revoke`;

/** A discovery document shaped like the one of sipgate's Keycloak realm (the fields oauth4webapi reads). */
export const DISCOVERY_DOCUMENT = {
  issuer: ISSUER,
  authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
  token_endpoint: `${ISSUER}/protocol/openid-connect/token`,
  revocation_endpoint: `${ISSUER}/protocol/openid-connect/revoke`,
  userinfo_endpoint: `${ISSUER}/protocol/openid-connect/userinfo`,
  jwks_uri: `${ISSUER}/protocol/openid-connect/certs`,
  response_types_supported: ['code'],
  grant_types_supported: ['authorization_code', 'refresh_token'],
  code_challenge_methods_supported: ['plain', 'S256'],
  token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
  authorization_response_iss_parameter_supported: true,
};

/** Client settings used across the tests; each secret is distinctive so leak checks can search for it. */
export const CLIENT = {
  clientId: 'crm-connector',
  clientSecret: 'client-secret-5f1c0d2e',
  redirectUri: 'https://app.example.com/oauth/callback',
  scopes: ['history:read', 'sessions:sms:write'],
};

/** A token endpoint answer with distinctive token values. */
export function tokenResponse(suffix: string, expiresIn = 300) {
  return {
    access_token: `access-${suffix}`,
    refresh_token: `refresh-${suffix}`,
    token_type: 'Bearer',
    expires_in: expiresIn,
    scope: 'history:read sessions:sms:write',
  };
}
