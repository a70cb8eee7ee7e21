import type { Route } from '../router.js';
import { BodyChecker, isExtensionOf } from '../validate.js';

const URL_RULE = { pattern: /^(https?:\/\/\S+)?$/, patternMessage: 'must be empty or an http(s) URL' };

/** `GET`/`PUT /settings/sipgateio`: the account's webhook URLs. */
export const settingsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/settings/sipgateio',
    handle: ({ context }) => ({ status: 200, body: context.state.settings }),
  },
  {
    method: 'PUT',
    pattern: '/settings/sipgateio',
    jsonBody: true,
    handle: ({ body, context }) => {
      const checker = new BodyChecker(body);
      const incomingUrl = checker.string('incomingUrl', {
        required: true,
        ...URL_RULE,
        patternMessage: `incomingUrl ${URL_RULE.patternMessage}`,
      });
      const outgoingUrl = checker.string('outgoingUrl', {
        required: true,
        ...URL_RULE,
        patternMessage: `outgoingUrl ${URL_RULE.patternMessage}`,
      });
      const log = checker.boolean('log');
      const whitelist = checker.array('whitelist');
      for (const [index, extension] of (whitelist ?? []).entries()) {
        if (typeof extension !== 'string' || !isExtensionOf(extension, 'pg')) {
          checker.add(
            `whitelist/${index}`,
            'whitelist entries must be phoneline (p) or group (g) extensions',
          );
        }
      }
      checker.done();
      // PUT replaces the whole object: what is left out falls back to its default.
      context.state.settings = {
        incomingUrl: incomingUrl as string,
        outgoingUrl: outgoingUrl as string,
        log: log ?? false,
        whitelist: (whitelist as string[] | undefined) ?? null,
      };
      return { status: 204 };
    },
  },
];
