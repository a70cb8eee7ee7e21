// The `sipgateio/dist/fax` entry point: the names sipgateio 2.x exported from its dist/fax folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/fax'`) keep working.
export {
  createFaxModule,
  type Fax,
  type Faxline,
  type FaxModule,
  FaxStatus,
  type SendFaxSessionResponse,
} from '@sipgateio/fax';
