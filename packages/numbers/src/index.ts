export { createNumbersModule } from './numbers.js';
export {
  type IterateNumbersOptions,
  type NumberMnpState,
  type NumberResponse,
  type NumberResponseItem,
  NumberResponseItemType,
  type NumbersModule,
} from './numbers.types.js';
