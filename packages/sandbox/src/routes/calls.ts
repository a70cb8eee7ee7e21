import { ApiError } from '../api-error.js';
import { isoTime } from '../context.js';
import { addCallHistory } from '../history-store.js';
import type { Route, RouteRequest } from '../router.js';
import type { SandboxCall } from '../state.types.js';
import { BodyChecker, isDialable } from '../validate.js';

function establishedCall(request: RouteRequest): SandboxCall {
  const call = request.context.state.calls.find(
    (candidate) => candidate.callId === request.params.callId && candidate.status === 'established',
  );
  if (!call) throw new ApiError(404, 'Call not found', '/callId');
  return call;
}

function booleanAction(pattern: string, apply: (call: SandboxCall, value: boolean) => void): Route {
  return {
    method: 'PUT',
    pattern,
    jsonBody: true,
    handle: (request) => {
      const checker = new BodyChecker(request.body);
      const value = checker.boolean('value', true);
      checker.done();
      apply(establishedCall(request), value as boolean);
      return { status: 204 };
    },
  };
}

/** RTCM: list established calls and change them. */
export const callRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/calls',
    handle: ({ context }) => ({
      status: 200,
      body: {
        data: context.state.calls
          .filter((call) => call.status === 'established')
          .map(({ callId, muted, recording, hold, participants }) => ({
            callId,
            muted,
            recording,
            hold,
            participants,
          })),
      },
    }),
  },
  booleanAction('/calls/:callId/muted', (call, value) => {
    call.muted = value;
    const owner = call.participants.find((participant) => participant.owner);
    if (owner) owner.muted = value;
  }),
  booleanAction('/calls/:callId/hold', (call, value) => {
    call.hold = value;
    for (const participant of call.participants) participant.hold = value;
  }),
  {
    method: 'PUT',
    pattern: '/calls/:callId/recording',
    jsonBody: true,
    handle: (request) => {
      const checker = new BodyChecker(request.body);
      const value = checker.boolean('value', true);
      const announcement = checker.boolean('announcement', true);
      checker.done();
      const call = establishedCall(request);
      call.recording = value as boolean;
      call.recordingAnnouncement = announcement as boolean;
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: '/calls/:callId/announcements',
    jsonBody: true,
    handle: (request) => {
      const checker = new BodyChecker(request.body);
      const url = checker.string('url', {
        required: true,
        pattern: /^https?:\/\/\S+$/,
        patternMessage: 'url must be an http(s) URL of a WAV file',
      });
      checker.done();
      establishedCall(request).announcements.push(url as string);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: '/calls/:callId/transfer',
    jsonBody: true,
    handle: (request) => {
      const checker = new BodyChecker(request.body);
      const attended = checker.boolean('attended', true);
      const phoneNumber = checker.string('phoneNumber', { required: true, nonBlank: true });
      const callerId = checker.string('callerId');
      if (phoneNumber && phoneNumber.trim() !== '' && !isDialable(phoneNumber)) {
        checker.add('phoneNumber', 'phoneNumber must be a phone number in E.164 format');
      }
      checker.done();
      establishedCall(request).transfers.push({
        attended: attended as boolean,
        phoneNumber: phoneNumber as string,
        ...(callerId === undefined ? {} : { callerId }),
      });
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    pattern: '/calls/:callId/dtmf',
    jsonBody: true,
    handle: (request) => {
      const checker = new BodyChecker(request.body);
      const sequence = checker.string('sequence', {
        required: true,
        pattern: /^[0-9A-D#*]+$/,
        patternMessage: 'sequence may only contain 0-9, A-D, # and *',
      });
      checker.done();
      establishedCall(request).dtmf.push(sequence as string);
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/calls/:callId',
    handle: (request) => {
      const call = establishedCall(request);
      const now = request.context.now();
      call.status = 'ended';
      call.endedAt = isoTime(now);
      // A simulated call writes its own history entry when the simulation ends.
      if (call.origin === 'simulator') return { status: 204 };
      addCallHistory(request.context, {
        callId: call.callId,
        source: call.participants[0]?.phoneNumber ?? '',
        target: call.callee,
        durationSeconds: Math.round((now.getTime() - Date.parse(call.createdAt)) / 1000),
        recorded: call.recording,
      });
      return { status: 204 };
    },
  },
];
