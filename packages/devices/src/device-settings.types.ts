import type { RouteResponse } from '@sipgateio/core';

/** One device as `GET /devices/{deviceId}` answers it. */
export type DeviceDetails = RouteResponse<'GET /devices/{deviceId}'>;

/** An external device (a phone number outside sipgate) as `POST /{userId}/devices/external` answers it. */
export type ExternalDevice = RouteResponse<'POST /{userId}/devices/external'>;

/** A mobile device (a sipgate SIM) as `POST /{userId}/devices/mobile` answers it. */
export type MobileDevice = RouteResponse<'POST /{userId}/devices/mobile'>;

/** One contingent of a device (free minutes, SMS or data), with `expires` as a Date. */
export type DeviceContingent = NonNullable<
  RouteResponse<'GET /{userId}/devices/{deviceId}/contingents'>['contingents']
>[number];

/** A device's local prefix: the area code dialled in front of numbers that start without one. */
export interface LocalPrefix {
  /** The area code, e.g. `0211`; may be empty while the prefix is not active. */
  value?: string;
  /** Numbers dialled without an area code get `value` in front. */
  active: boolean;
}

/** What {@link DeviceSettingsModule.createExternalDevice} takes. */
export interface CreateExternalDeviceOptions {
  /** Name shown for the device, e.g. `Home phone`. */
  alias: string;
  /** The phone number calls are forwarded to (international form, e.g. `+4921112345678`). */
  number: string;
}

/** What {@link DeviceSettingsModule.createMobileDevice} takes. */
export interface CreateMobileDeviceOptions {
  /** Name shown for the device, e.g. `Mobile of Ada`. */
  alias: string;
}

/** Reading and changing one device; part of what `createDevicesModule` returns. */
export interface DeviceSettingsModule {
  /**
   * Reads one device (`GET /devices/{deviceId}`, scope `devices:read`).
   * @throws {SipgateIOValidationError} when `deviceId` is not a device extension (`e0`, `x0`, `y0`).
   * @throws {SipgateIONotFoundError} `Device <id> was not found`.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getDevice(deviceId: string): Promise<DeviceDetails>;
  /**
   * Renames a device (`PUT /devices/{deviceId}/alias`, scope `devices:write`).
   * @throws {SipgateIOValidationError} for a bad `deviceId` or an empty `alias`.
   * @throws {SipgateIOPermissionError} when the device is not the account's (the API answers 403).
   */
  setDeviceAlias(deviceId: string, alias: string): Promise<void>;
  /**
   * The number a device shows when it calls out (`GET /devices/{deviceId}/callerid`).
   * @throws {SipgateIOValidationError} for a bad `deviceId`.
   * @throws {SipgateIOPermissionError} when the feature is not booked or the token lacks `devices:callerid:read`.
   */
  getCallerId(deviceId: string): Promise<string>;
  /**
   * Sets the number a device shows when it calls out (`PUT /devices/{deviceId}/callerid`); sent in E.164 form.
   * @throws {SipgateIOValidationError} for a bad `deviceId` or a `callerId` that is not a phone number.
   * @throws {SipgateIOPermissionError} when the feature is not booked or the token lacks `devices:callerid:write`.
   */
  setCallerId(deviceId: string, callerId: string): Promise<void>;
  /**
   * Reads a device's local prefix (`GET /devices/{deviceId}/localprefix`).
   * @throws {SipgateIOValidationError} for a bad `deviceId`.
   * @throws {SipgateIOHttpError} with core's class for the status.
   */
  getLocalPrefix(deviceId: string): Promise<LocalPrefix>;
  /**
   * Sets a device's local prefix (`PUT /devices/{deviceId}/localprefix`).
   * @throws {SipgateIOValidationError} for a bad `deviceId`, a non-boolean `active` or a `value` that is not an
   * area code (`0` and 1–5 more digits); `value` is required when `active` is true.
   * @throws {SipgateIOHttpError} with core's class for the status.
   */
  setLocalPrefix(deviceId: string, localPrefix: LocalPrefix): Promise<void>;
  /**
   * Whether the device shows one row only for an incoming call, the caller's number without the called own
   * number (`GET /devices/{deviceId}/singlerowdisplay`).
   * @throws {SipgateIOValidationError} for a bad `deviceId`.
   * @throws {SipgateIOHttpError} with core's class for the status.
   */
  getSingleRowDisplay(deviceId: string): Promise<boolean>;
  /**
   * Turns the single-row display of incoming calls on or off (`PUT /devices/{deviceId}/singlerowdisplay`).
   * @throws {SipgateIOValidationError} for a bad `deviceId` or a non-boolean `enabled`.
   * @throws {SipgateIOHttpError} with core's class for the status.
   */
  setSingleRowDisplay(deviceId: string, enabled: boolean): Promise<void>;
  /**
   * Whether the rate of a call is announced before it connects (`GET /devices/{deviceId}/tariffannouncement`).
   * @throws {SipgateIOValidationError} for a bad `deviceId`.
   * @throws {SipgateIOPermissionError} when the feature is not booked.
   */
  getTariffAnnouncement(deviceId: string): Promise<boolean>;
  /**
   * Turns the rate announcement on or off (`PUT /devices/{deviceId}/tariffannouncement`).
   * @throws {SipgateIOValidationError} for a bad `deviceId` or a non-boolean `enabled`.
   * @throws {SipgateIOPermissionError} when the feature is not booked.
   */
  setTariffAnnouncement(deviceId: string, enabled: boolean): Promise<void>;
  /**
   * Lists the contingents (free minutes, SMS, data) of a mobile device
   * (`GET /{userId}/devices/{deviceId}/contingents`).
   * @throws {SipgateIOValidationError} for a bad `webuserId` or `deviceId`.
   * @throws {SipgateIOHttpError} with core's class for the status.
   */
  getContingents(webuserId: string, deviceId: string): Promise<DeviceContingent[]>;
  /**
   * Activates a SIM card for a mobile device (`POST /{userId}/devices/{deviceId}/sim`, scope
   * `devices:sim:write`). Never retried.
   * @throws {SipgateIOValidationError} for a bad `webuserId`, a `deviceId` that is not a mobile device (`y0`) or an
   * empty `simId`.
   * @throws {SipgateIOOutcomeUnknownError} when the answer is lost: the SIM may or may not be active.
   */
  activateSim(webuserId: string, deviceId: string, simId: string): Promise<void>;
  /**
   * Deactivates the SIM card of a mobile device (`DELETE /{userId}/devices/{deviceId}/sim`).
   * @throws {SipgateIOValidationError} for a bad `webuserId` or a `deviceId` that is not a mobile device.
   * @throws {SipgateIOHttpError} with core's class for the status.
   */
  deactivateSim(webuserId: string, deviceId: string): Promise<void>;
  /**
   * Creates an external device that rings a phone number outside sipgate (`POST /{userId}/devices/external`).
   * Never retried.
   * @throws {SipgateIOValidationError} for a bad `webuserId`, an empty `alias` or a `number` that is not a phone
   * number.
   * @throws {SipgateIOPermissionError} when the user may not create external devices.
   * @throws {SipgateIOOutcomeUnknownError} when the answer is lost: the device may or may not exist.
   */
  createExternalDevice(webuserId: string, options: CreateExternalDeviceOptions): Promise<ExternalDevice>;
  /**
   * Creates a mobile device (a sipgate SIM) for a web user (`POST /{userId}/devices/mobile`). Never retried.
   * @throws {SipgateIOValidationError} for a bad `webuserId` or an empty `alias`.
   * @throws {SipgateIOPermissionError} when the user may not create mobile devices.
   * @throws {SipgateIOOutcomeUnknownError} when the answer is lost: the device may or may not exist.
   */
  createMobileDevice(webuserId: string, options: CreateMobileDeviceOptions): Promise<MobileDevice>;
}
