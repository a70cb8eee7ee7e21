import { ApiError } from '../api-error.js';
import { checkOperation } from '../check-operation.js';
import type { Route, RouteRequest } from '../router.js';
import type { SandboxState } from '../state.types.js';

function findUser(state: SandboxState, userId: string): Record<string, unknown> {
  const user = state.users.find((candidate) => candidate.id === userId);
  if (!user) throw new ApiError(404, `User ${userId} was not found`, '/userId');
  return user;
}

/** Checks the request as the description says, then finds the user its path names. */
function userOf(operationId: string, request: RouteRequest): Record<string, unknown> {
  const user = findUser(request.context.state, request.params.userId ?? '');
  checkOperation(operationId, request);
  return user;
}

// The description's bodies are optional and their fields default to false.
function field(request: RouteRequest, key: string): unknown {
  return (request.body as Record<string, unknown> | undefined)?.[key];
}

function remove<T>(list: T[], matches: (item: T) => boolean): void {
  const index = list.findIndex(matches);
  if (index >= 0) list.splice(index, 1);
}

// In place: callers keep reading the live arrays of `sandbox.state`.
function deleteUser(state: SandboxState, userId: string): void {
  remove(state.users, (user) => user.id === userId);
  for (const group of state.groups) remove(group.users, (member) => member === userId);
  // Their devices go with them (and so stop ringing for groups).
  delete state.devices[userId];
}

/** Web users: read and delete one, role, default device, busy on busy, location. */
export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/users/:userId',
    handle: (request) => ({ status: 200, body: userOf('getUser', request) }),
  },
  {
    method: 'PUT',
    pattern: '/users/:userId/busyonbusy',
    jsonBody: 'optional',
    handle: (request) => {
      userOf('setBusyOnBusySetting', request).busyOnBusy = field(request, 'enabled') ?? false;
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/users/:userId',
    handle: (request) => {
      const user = userOf('deleteUser', request);
      // Sandbox choice: the web user the credentials belong to cannot delete themselves.
      if (user.id === request.context.state.userinfo.sub) {
        throw new ApiError(403, `User ${user.id} cannot delete themselves`, '/userId');
      }
      deleteUser(request.context.state, String(user.id));
      return { status: 200, body: user };
    },
  },
  {
    method: 'PUT',
    pattern: '/users/:userId/role',
    jsonBody: 'optional',
    handle: (request) => {
      userOf('setRole', request).admin = field(request, 'admin') ?? false;
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/users/:userId/defaultdevice',
    jsonBody: 'optional',
    handle: (request) => {
      const user = userOf('setDefaultDevice', request);
      const deviceId = field(request, 'deviceId');
      if (deviceId === undefined) throw new ApiError(400, 'deviceId is required', '/deviceId');
      const devices = request.context.state.devices[String(user.id)] ?? [];
      if (!devices.some((device) => device.id === deviceId)) {
        throw new ApiError(400, `Device ${deviceId} is not a device of user ${user.id}`, '/deviceId');
      }
      user.defaultDevice = deviceId;
      return { status: 204 };
    },
  },
  {
    method: 'PUT',
    pattern: '/users/:userId/location',
    jsonBody: 'optional',
    handle: (request) => {
      const user = userOf('setLocation', request);
      const addressId = field(request, 'addressId');
      // Sandbox choice: without an address there is nothing to set.
      if (typeof addressId !== 'number' || addressId < 0) {
        throw new ApiError(400, 'addressId must be a non-negative integer', '/addressId');
      }
      user.addressId = String(addressId);
      return { status: 204 };
    },
  },
];
