export { FaxStatusTimeoutError } from './errors.js';
export { createFaxModule } from './fax.js';
export {
  type DownloadFaxDocumentOptions,
  type Fax,
  type FaxFileContent,
  type Faxline,
  type FaxModule,
  FaxStatus,
  type SendFaxOptions,
  type SendFaxSessionResponse,
  type WaitForFaxStatusOptions,
} from './fax.types.js';
export type {
  CreatedFaxline,
  FaxlineManagement,
  FaxlineNumber,
  ResendFaxOptions,
} from './faxlines.types.js';
export { MAX_BASE64_LENGTH } from './validate-fax.js';
export { validatePdfFileContent } from './validate-pdf-file-content.js';
