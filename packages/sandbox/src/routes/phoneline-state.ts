import { ApiError } from '../api-error.js';
import type { RouteRequest } from '../router.js';
import { voicemailSettings } from '../seed-data.js';
import type { SandboxPhoneline, SandboxState, SandboxVoicemailSettings } from '../state.types.js';

/** The web user a phoneline path names, or a 404 naming `userId`. */
export function linesOf(state: SandboxState, userId: string): SandboxPhoneline[] {
  const lines = state.phonelines[userId];
  if (!state.users.some((user) => user.id === userId) || !lines) {
    throw new ApiError(404, `User ${userId} was not found`, '/userId');
  }
  return lines;
}

/** The phoneline `/{userId}/phonelines/{phonelineId}` names, or a 404. */
export function lineOf(request: RouteRequest): SandboxPhoneline {
  const { userId = '', phonelineId = '' } = request.params;
  const line = linesOf(request.context.state, userId).find((candidate) => candidate.id === phonelineId);
  if (!line) throw new ApiError(404, `Phoneline ${phonelineId} was not found`, '/phonelineId');
  return line;
}

/** The voicemail boxes answering for a phoneline, with their settings. */
export function voicemailsOf(state: SandboxState, phonelineId: string) {
  return state.voicemails
    .filter((voicemail) => (voicemail.belongsToEndpoint as { extension?: string })?.extension === phonelineId)
    .map((voicemail) => {
      const id = voicemail.id as string;
      state.voicemailSettings[id] ??= voicemailSettings(id, false);
      return { id, alias: voicemail.alias as string, settings: state.voicemailSettings[id] };
    });
}

/** The voicemail box `…/voicemails/{voicemailId}` names on the line of the path, or a 404. */
export function voicemailOf(request: RouteRequest): SandboxVoicemailSettings {
  const line = lineOf(request);
  const { voicemailId = '' } = request.params;
  const voicemail = voicemailsOf(request.context.state, line.id).find((box) => box.id === voicemailId);
  if (!voicemail) throw new ApiError(404, `Voicemail ${voicemailId} was not found`, '/voicemailId');
  return voicemail.settings;
}

/** The next free id with a prefix (`p3`, `v2`, `x1`) among the given ones. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  let highest = -1;
  for (const id of taken) {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}

/** The links a phoneline carries in `GET /{userId}/phonelines`. */
export function simplePhoneline(userId: string, line: SandboxPhoneline) {
  const base = `/${userId}/phonelines/${line.id}`;
  return {
    id: line.id,
    alias: line.alias,
    blockAnonymousUrl: `${base}/blockanonymous`,
    devicesUrl: `${base}/devices`,
    forwardingsUrl: `${base}/forwardings`,
    numbersUrl: `${base}/numbers`,
    parallelForwardingsUrl: `${base}/parallelforwardings`,
    voicemailsUrl: `${base}/voicemails`,
  };
}
