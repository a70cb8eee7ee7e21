// The `sipgateio/dist/devices` entry point: the names sipgateio 2.x exported from its dist/devices folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/devices'`) keep working.
export {
  createDevicesModule,
  type Device,
  type DevicesModule,
  DeviceType,
} from '@sipgateio/devices';
