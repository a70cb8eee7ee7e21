import { ApiError } from '../api-error.js';
import { checkOperation } from '../check-operation.js';
import type { Route, RouteRequest } from '../router.js';
import type { SandboxGroup, SandboxGroupFaxline, SandboxState } from '../state.types.js';
import { single } from '../validate.js';

type DeviceRecord = Record<string, unknown> & { activeGroups?: { id: string; alias: string }[] };

function findGroup(request: RouteRequest, operationId: string): SandboxGroup {
  const groupId = request.params.groupId ?? '';
  const group = request.context.state.groups.find((candidate) => candidate.id === groupId);
  if (!group) throw new ApiError(404, `Group ${groupId} was not found`, '/groupId');
  checkOperation(operationId, request);
  return group;
}

function findFaxline(request: RouteRequest, operationId: string): SandboxGroupFaxline {
  const faxlineId = request.params.faxlineId ?? '';
  for (const group of request.context.state.groups) {
    const faxline = group.faxlines.find((candidate) => candidate.id === faxlineId);
    if (faxline) {
      checkOperation(operationId, request);
      return faxline;
    }
  }
  throw new ApiError(404, `Group fax line ${faxlineId} was not found`, '/faxlineId');
}

/** The groups a `?userId=` names (404 for an unknown user), or all of them. */
function groupsOf(request: RouteRequest, operationId: string): SandboxGroup[] {
  checkOperation(operationId, request);
  const { state } = request.context;
  const userId = single(request.query, 'userId');
  if (userId === undefined) return state.groups;
  if (!state.users.some((user) => user.id === userId)) {
    throw new ApiError(404, `User ${userId} was not found`, '?userId');
  }
  return state.groups.filter((group) => group.users.includes(userId));
}

function allDevices(state: SandboxState): DeviceRecord[] {
  return Object.values(state.devices).flat() as DeviceRecord[];
}

function numbersOf(state: SandboxState, endpointId: string) {
  return state.numbers
    .filter((number) => number.endpointId === endpointId)
    .map((number) => ({ number: number.number, type: [number.type] }));
}

function faxlineItem(group: SandboxGroup, faxline: SandboxGroupFaxline) {
  const { callerId: _callerId, ...item } = faxline;
  return { ...item, groupId: group.id };
}

function items(body: unknown[]) {
  return { status: 200, body: { items: body } };
}

/** Groups: list and read them, their members, numbers, devices, voicemail boxes and fax lines. */
export const groupRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/groups',
    handle: (request) =>
      items(
        groupsOf(request, 'getGroups').map((group) => ({
          id: group.id,
          alias: group.alias,
          departmentId: group.departmentId,
          groupNumbersUrl: `/groups/${group.id}/numbers`,
          groupUsersUrl: `/groups/${group.id}/users`,
        })),
      ),
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId',
    handle: (request) => {
      const group = findGroup(request, 'getGroup');
      const voicemails = group.voicemails.map(({ id, timeout, active }) => ({ id, timeout, active }));
      const { id, alias, departmentId } = group;
      return { status: 200, body: { id, alias, departmentId, voicemails } };
    },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId/users',
    handle: (request) => {
      const { state } = request.context;
      const members = findGroup(request, 'getGroupUsers').users.flatMap((userId) =>
        state.users
          .filter((user) => user.id === userId)
          .map((user) => ({
            id: user.id,
            firstname: user.firstname,
            lastname: user.lastname,
            userUrl: `/users/${userId}`,
          })),
      );
      return items(members);
    },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId/numbers',
    handle: (request) => items(numbersOf(request.context.state, findGroup(request, 'getGroupNumbers').id)),
  },
  {
    method: 'POST',
    pattern: '/groups/:groupId/devices',
    jsonBody: 'optional',
    handle: (request) => {
      const group = findGroup(request, 'addDeviceToGroup');
      const deviceId = (request.body as { deviceId?: string } | undefined)?.deviceId;
      if (deviceId === undefined) throw new ApiError(400, 'deviceId is required', '/deviceId');
      const device = allDevices(request.context.state).find((candidate) => candidate.id === deviceId);
      if (!device) throw new ApiError(400, `Device ${deviceId} was not found`, '/deviceId');
      device.activeGroups ??= [];
      if (!device.activeGroups.some((active) => active.id === group.id)) {
        device.activeGroups.push({ id: group.id, alias: group.alias });
      }
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/groups/:groupId/devices/:deviceId',
    handle: (request) => {
      const group = findGroup(request, 'removeDeviceFromGroup');
      const deviceId = request.params.deviceId ?? '';
      const device = allDevices(request.context.state).find((candidate) => candidate.id === deviceId);
      const index = device?.activeGroups?.findIndex((active) => active.id === group.id) ?? -1;
      if (!device || index < 0) {
        throw new ApiError(404, `Device ${deviceId} was not found in group ${group.id}`, '/deviceId');
      }
      device.activeGroups?.splice(index, 1);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId/voicemail',
    handle: (request) => {
      const group = findGroup(request, 'getGroupVoicemail');
      const base = `/groups/${group.id}/voicemail`;
      return items(
        group.voicemails.map((voicemail) => ({
          ...voicemail,
          greetingsUrl: `${base}/${voicemail.id}/greetings`,
          transcriptionsUrl: `${base}/${voicemail.id}/transcriptions`,
        })),
      );
    },
  },
  {
    method: 'GET',
    pattern: '/groups/:groupId/faxlines',
    handle: (request) => {
      const group = findGroup(request, 'getGroupFaxlines');
      return items(group.faxlines.map((faxline) => faxlineItem(group, faxline)));
    },
  },
  {
    method: 'GET',
    pattern: '/groupfaxlines',
    handle: (request) =>
      items(
        groupsOf(request, 'getGroupFaxlinesForUser').flatMap((group) =>
          group.faxlines.map((faxline) => faxlineItem(group, faxline)),
        ),
      ),
  },
  {
    method: 'GET',
    pattern: '/groupfaxlines/:faxlineId/callerid',
    handle: (request) => ({
      status: 200,
      body: { value: findFaxline(request, 'getGroupFaxlineCallerId').callerId },
    }),
  },
  {
    method: 'GET',
    pattern: '/groupfaxlines/:faxlineId/numbers',
    handle: (request) =>
      items(numbersOf(request.context.state, findFaxline(request, 'getGroupFaxlineNumbers').id)),
  },
];
