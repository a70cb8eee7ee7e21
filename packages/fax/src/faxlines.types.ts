import type { RouteResponse } from '@sipgateio/core';

/** A fax line as `POST /{userId}/faxlines` answers it. */
export type CreatedFaxline = RouteResponse<'POST /{userId}/faxlines'>;

/** A phone number routed to a fax line (`GET /{userId}/faxlines/{faxlineId}/numbers` → `items`). */
export type FaxlineNumber = NonNullable<
  RouteResponse<'GET /{userId}/faxlines/{faxlineId}/numbers'>['items']
>[number];

/** Options of {@link FaxlineManagement.resendFax}. */
export interface ResendFaxOptions {
  /** The fax line to send from (`f0`, …); default: the line the fax was first sent from. */
  faxlineId?: string;
}

/** Managing fax lines and resending faxes; part of what `createFaxModule` returns. */
export interface FaxlineManagement {
  /**
   * Creates a fax line for a web user (`POST /{userId}/faxlines`, scope `faxlines:write`). Never retried.
   * @throws {SipgateIOValidationError} when `webuserId` is not a web user such as `w0`.
   * @throws {SipgateIOPermissionError} when fax is not booked or the token lacks `faxlines:write`.
   * @throws {SipgateIOOutcomeUnknownError} when the answer is lost: the line may or may not exist.
   */
  createFaxline(webuserId: string): Promise<CreatedFaxline>;
  /**
   * Renames a fax line (`PUT /{userId}/faxlines/{faxlineId}`).
   * @throws {SipgateIOValidationError} for a bad `webuserId` or `faxlineId` or an empty `alias`.
   * @throws {SipgateIONotFoundError} `Fax line <id> of <user> was not found`.
   */
  renameFaxline(webuserId: string, faxlineId: string, alias: string): Promise<void>;
  /**
   * Deletes a fax line (`DELETE /{userId}/faxlines/{faxlineId}`).
   * @throws {SipgateIOValidationError} for a bad `webuserId` or `faxlineId`.
   * @throws {SipgateIONotFoundError} `Fax line <id> of <user> was not found`.
   */
  deleteFaxline(webuserId: string, faxlineId: string): Promise<void>;
  /**
   * The number a fax line sends faxes from (`GET /{userId}/faxlines/{faxlineId}/callerid`).
   * @throws {SipgateIOValidationError} for a bad `webuserId` or `faxlineId`.
   * @throws {SipgateIOPermissionError} when the feature is not booked.
   */
  getFaxlineCallerId(webuserId: string, faxlineId: string): Promise<string>;
  /**
   * Sets the number a fax line sends from (`PUT /{userId}/faxlines/{faxlineId}/callerid`), in E.164 form.
   * @throws {SipgateIOValidationError} for a bad `webuserId`, `faxlineId` or `callerId`.
   * @throws {SipgateIOPermissionError} when the feature is not booked.
   */
  setFaxlineCallerId(webuserId: string, faxlineId: string, callerId: string): Promise<void>;
  /**
   * Sets the tagline printed at the top of every page sent (`PUT /{userId}/faxlines/{faxlineId}/tagline`).
   * @throws {SipgateIOValidationError} for a bad `webuserId` or `faxlineId`, or a tagline that is not a string
   * of at most 100 characters on one line.
   * @throws {SipgateIOPermissionError} when the feature is not booked.
   */
  setFaxlineTagline(webuserId: string, faxlineId: string, tagline: string): Promise<void>;
  /**
   * Lists the phone numbers routed to a fax line (`GET /{userId}/faxlines/{faxlineId}/numbers` → `items`).
   * @throws {SipgateIOValidationError} for a bad `webuserId` or `faxlineId`.
   * @throws {SipgateIONotFoundError} `Fax line <id> of <user> was not found`.
   */
  getFaxlineNumbers(webuserId: string, faxlineId: string): Promise<FaxlineNumber[]>;
  /**
   * Sends a fax again (`POST /sessions/fax/resend`, scope `sessions:fax:write`). Never retried.
   * @throws {SipgateIOValidationError} for an empty `faxId` or a `faxlineId` that is not a fax line.
   * @throws {SipgateIONotFoundError} `Fax was not found`.
   * @throws {SipgateIOHttpError} status 402 when the balance does not cover the fax.
   * @throws {SipgateIOOutcomeUnknownError} when the answer is lost: the fax may or may not have been sent.
   */
  resendFax(faxId: string, options?: ResendFaxOptions): Promise<void>;
}
