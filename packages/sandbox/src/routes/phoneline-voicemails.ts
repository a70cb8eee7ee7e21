import { ApiError } from '../api-error.js';
import type { Route, RouteRequest } from '../router.js';
import type { SandboxGreeting, SandboxVoicemailSettings } from '../state.types.js';
import { BodyChecker } from '../validate.js';
import { lineOf, nextId, voicemailOf, voicemailsOf } from './phoneline-state.js';

/** The API takes at most 15,000,000 base64 characters of audio. */
const MAX_BASE64_LENGTH = 15_000_000;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function greetingOf(request: RouteRequest): {
  settings: SandboxVoicemailSettings;
  greeting: SandboxGreeting;
} {
  const settings = voicemailOf(request);
  const { greetingId = '' } = request.params;
  const greeting = settings.greetings.find((candidate) => candidate.id === greetingId);
  if (!greeting) throw new ApiError(404, `Greeting ${greetingId} was not found`, '/greetingId');
  return { settings, greeting };
}

// The audio stays in the state for tests to read; answers never carry it.
function publicGreeting({ base64Content: _audio, ...greeting }: SandboxGreeting) {
  return greeting;
}

/** The voicemail boxes of a phoneline: settings and greetings. */
export const phonelineVoicemailRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/voicemails',
    handle: (request) => {
      const line = lineOf(request);
      const base = `/${request.params.userId}/phonelines/${line.id}/voicemails`;
      const items = voicemailsOf(request.context.state, line.id).map(({ id, alias, settings }) => {
        const active = settings.greetings.find((greeting) => greeting.active);
        return {
          id,
          alias,
          timeout: settings.timeout,
          active: settings.active,
          transcription: settings.transcription,
          canTranscribe: settings.canTranscribe,
          greetingsUrl: `${base}/${id}/greetings`,
          transcriptionsUrl: `${base}/${id}/transcriptions`,
          ...(active ? { activeGreetingId: active.id, activeGreetingAlias: active.alias } : {}),
        };
      });
      return { status: 200, body: { items } };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/phonelines/:phonelineId/voicemails/:voicemailId',
    jsonBody: true,
    handle: (request) => {
      const settings = voicemailOf(request);
      const checker = new BodyChecker(request.body);
      const active = checker.boolean('active', true);
      const transcription = checker.boolean('transcription', true);
      const timeout = checker.number('timeout');
      if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < 0)) {
        checker.add('timeout', 'timeout must be an integer of at least 0');
      }
      checker.done();
      if (transcription && !settings.canTranscribe) {
        throw new ApiError(403, 'Transcription is not available for this voicemail', '/transcription');
      }
      settings.active = active as boolean;
      settings.transcription = transcription as boolean;
      if (timeout !== undefined) settings.timeout = timeout;
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/phonelines/:phonelineId/voicemails/:voicemailId/transcriptions',
    jsonBody: true,
    handle: (request) => {
      const settings = voicemailOf(request);
      const checker = new BodyChecker(request.body ?? {});
      // The body is optional and `active` defaults to false, as the API describes it.
      const active = checker.boolean('active') ?? false;
      checker.done();
      if (active && !settings.canTranscribe) {
        throw new ApiError(403, 'Transcription is not available for this voicemail', '/active');
      }
      settings.transcription = active;
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/:userId/phonelines/:phonelineId/voicemails/:voicemailId/greetings',
    handle: (request) => ({
      status: 200,
      body: { items: voicemailOf(request).greetings.map(publicGreeting) },
    }),
  },
  {
    method: 'POST',
    pattern: '/:userId/phonelines/:phonelineId/voicemails/:voicemailId/greetings',
    jsonBody: true,
    handle: (request) => {
      const settings = voicemailOf(request);
      const checker = new BodyChecker(request.body);
      const filename = checker.string('filename', { required: true, nonBlank: true });
      const base64Content = checker.string('base64Content', { required: true, maxLength: MAX_BASE64_LENGTH });
      if (base64Content !== undefined && !BASE64.test(base64Content)) {
        checker.add('base64Content', 'base64Content must be base64 encoded audio');
      }
      checker.done();
      const allIds = Object.values(request.context.state.voicemailSettings).flatMap((box) =>
        box.greetings.map((greeting) => greeting.id),
      );
      const id = nextId('greeting-', allIds);
      settings.greetings.push({
        id,
        alias: filename as string,
        greetingUrl: `https://example.com/greetings/${id}.mp3`,
        recordingEnabled: false,
        active: false,
        base64Content: base64Content as string,
      });
      return { status: 200, body: { items: settings.greetings.map(publicGreeting) } };
    },
  },
  {
    method: 'PUT',
    pattern: '/:userId/phonelines/:phonelineId/voicemails/:voicemailId/greetings/:greetingId',
    jsonBody: true,
    handle: (request) => {
      const { settings, greeting } = greetingOf(request);
      const checker = new BodyChecker(request.body);
      const active = checker.boolean('active') ?? false;
      checker.done();
      // A voicemail box plays one greeting: activating one deactivates the others.
      if (active) for (const other of settings.greetings) other.active = other === greeting;
      else greeting.active = false;
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/:userId/phonelines/:phonelineId/voicemails/:voicemailId/greetings/:greetingId',
    handle: (request) => {
      const { settings, greeting } = greetingOf(request);
      settings.greetings.splice(settings.greetings.indexOf(greeting), 1);
      return { status: 204 };
    },
  },
];
