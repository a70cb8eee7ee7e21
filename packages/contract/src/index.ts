export { createOperationCases, type OperationCase } from './operation-cases.js';
export {
  type ContractRecorder,
  type ContractRecorderOptions,
  ContractViolationError,
  createContractRecorder,
} from './recorder.js';
export { type ContractValidator, createContractValidator } from './validator.js';
export { type ContractViolation, formatViolation, type ViolationLocation } from './violation.js';
