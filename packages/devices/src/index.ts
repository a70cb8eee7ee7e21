export { createDevicesModule } from './devices.js';
export { type Device, type DeviceEndpoint, type DevicesModule, DeviceType } from './devices.types.js';
