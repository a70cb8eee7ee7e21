// The `sipgateio/dist/numbers` entry point: the names sipgateio 2.x exported from its dist/numbers folder, so that
// deep imports written for it (`import { … } from 'sipgateio/dist/numbers'`) keep working.
export {
  createNumbersModule,
  type NumberMnpState,
  type NumberResponse,
  type NumberResponseItem,
  NumberResponseItemType,
  type NumbersModule,
} from '@sipgateio/numbers';
