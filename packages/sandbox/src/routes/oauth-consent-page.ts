function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The sandbox's stand-in for sipgate's login and consent screen: the test user is signed in already, the
 * page only asks whether the app may act for them, and posts the authorization request back.
 */
export function renderConsentPage(action: string, parameters: URLSearchParams): string {
  const hidden = [...parameters]
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n      ');
  const scopes = (parameters.get('scope') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`)
    .join('');
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>sipgate sandbox login</title></head>
  <body>
    <h1>sipgate sandbox</h1>
    <p>Signed in as the sandbox test user. <strong>${escapeHtml(parameters.get('client_id') ?? '')}</strong> asks for:</p>
    <ul>${scopes}</ul>
    <form method="post" action="${escapeHtml(action)}">
      ${hidden}
      <button type="submit" name="decision" value="approve">Allow</button>
      <button type="submit" name="decision" value="deny">Deny</button>
    </form>
  </body>
</html>
`;
}
