export type {
  CreateExternalDeviceOptions,
  CreateMobileDeviceOptions,
  DeviceContingent,
  DeviceDetails,
  DeviceSettingsModule,
  ExternalDevice,
  LocalPrefix,
  MobileDevice,
} from './device-settings.types.js';
export { createDevicesModule } from './devices.js';
export { type Device, type DeviceEndpoint, type DevicesModule, DeviceType } from './devices.types.js';
