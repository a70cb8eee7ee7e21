export { createRTCMModule } from './rtcm.js';
export type {
  CallLike,
  Participant,
  RecordOptions,
  RTCMCall,
  RTCMModule,
  TransferOptions,
} from './rtcm.types.js';
