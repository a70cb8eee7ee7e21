// The `sipgateio/dist/rtcm` entry point: the names sipgateio 2.x exported from its dist/rtcm folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/rtcm'`) keep working.
export {
  type CallLike as GenericCall,
  createRTCMModule,
  type Participant,
  type RecordOptions,
  type RTCMCall,
  type RTCMModule,
  type TransferOptions,
} from '@sipgateio/rtcm';
