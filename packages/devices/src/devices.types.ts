import type { DeviceSettingsModule } from './device-settings.types.js';

/** Kinds of devices: a VoIP phone registered via SIP, a sipgate mobile (SIM), or an external phone number. */
export const DeviceType = {
  REGISTER: 'REGISTER',
  MOBILE: 'MOBILE',
  EXTERNAL: 'EXTERNAL',
} as const;

/** One of the {@link DeviceType} values. */
export type DeviceType = (typeof DeviceType)[keyof typeof DeviceType];

/** A phoneline (`p…`) or group (`g…`) a device is active in. */
export interface DeviceEndpoint {
  id: string;
  alias: string;
}

/** A device of a web user, as `GET /{webuserId}/devices` lists it. */
export interface Device {
  /** Extension of the device, e.g. `e0` (VoIP), `y0` (mobile), `x0` (external). */
  id: string;
  alias: string;
  type: DeviceType;
  /** Do-not-disturb is on. */
  dnd: boolean;
  /** The device is registered / reachable right now. */
  online: boolean;
  callerId?: string;
  /** Web user the device belongs to, e.g. `w0`. */
  owner?: string;
  activePhonelines?: DeviceEndpoint[];
  activeGroups?: DeviceEndpoint[];
}

/** What `createDevicesModule` returns. */
export interface DevicesModule extends DeviceSettingsModule {
  /**
   * Lists the devices of a web user (`GET /{webuserId}/devices`).
   * @throws {SipgateIOValidationError} when `webuserId` is not a web user extension such as `w0`.
   * @throws {SipgateIOHttpError} with core's class for the status (401, 403, 404, …).
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getDevices(webuserId: string): Promise<Device[]>;
}
