import { ApiError } from '../api-error.js';
import type { Route } from '../router.js';
import { voicemailSettings } from '../seed-data.js';

/** `GET /voicemails/{voicemailId}`: one box of `GET /voicemails` with its transcription and greeting settings. */
export const voicemailBoxRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/voicemails/:voicemailId',
    handle: ({ context, params }) => {
      const { voicemailId = '' } = params;
      const voicemail = context.state.voicemails.find((box) => box.id === voicemailId);
      if (!voicemail) throw new ApiError(404, `Voicemail ${voicemailId} was not found`, '/voicemailId');
      context.state.voicemailSettings[voicemailId] ??= voicemailSettings(voicemailId, false);
      const settings = context.state.voicemailSettings[voicemailId];
      const active = settings.greetings.find((greeting) => greeting.active);
      return {
        status: 200,
        body: {
          ...voicemail,
          transcription: settings.transcription,
          canTranscribe: settings.canTranscribe,
          ...(active ? { activeGreetingId: active.id, activeGreetingAlias: active.alias } : {}),
          accessNumber: '50000',
        },
      };
    },
  },
];
