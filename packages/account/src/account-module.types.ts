import type {
  Account,
  AccountAddress,
  AccountAddressUpdate,
  AutorecordingGreeting,
  AutorecordingGreetingUpload,
  AutorecordingSetting,
  Balance,
  BlacklistEntry,
  BlacklistEntryInput,
  CallRestrictions,
  Porting,
  SetCallRestrictionOptions,
} from './account.types.js';
import type {
  AccountUserOptions,
  FaxEmailNotificationInput,
  FaxReportNotificationInput,
  FaxSmsNotificationInput,
  Notifications,
  SmsEmailNotificationInput,
  VoicemailEmailNotificationInput,
  VoicemailSmsNotificationInput,
} from './notifications.types.js';

/**
 * What `createAccountModule` returns. Every function rejects with `@sipgateio/core`'s classes: a
 * `SipgateIOValidationError` naming the field for bad input (before any request), `SipgateIOHttpError` and its
 * subclasses (`SipgateIOPermissionError` for 403, `SipgateIONotFoundError` for 404, …) for the API's refusals,
 * `SipgateIONetworkError` when no answer arrives.
 */
export interface AccountModule {
  /**
   * Reads the account's details (`GET /account`, scope `account:read`).
   * @throws {SipgateIOHttpError} for the API's refusals.
   */
  getAccount(): Promise<Account>;
  /**
   * Reads the account's balance (`GET /balance`, scope `balance:read`).
   * @throws {SipgateIOHttpError} for the API's refusals.
   */
  getBalance(): Promise<Balance>;

  /**
   * Lists the account's postal addresses (`GET /addresses`, scope `addresses:read`).
   * @throws {SipgateIOHttpError} for the API's refusals.
   */
  getAddresses(): Promise<AccountAddress[]>;
  /**
   * Reads one address (`GET /addresses/{addressId}`).
   * @throws {SipgateIOValidationError} `addressId` when it is not a non-negative integer.
   * @throws {SipgateIONotFoundError} `Address <id> was not found`.
   */
  getAddress(addressId: number | string): Promise<AccountAddress>;
  /**
   * Replaces an address (`PUT /addresses/{addressId}`, scope `addresses:write`). Depending on the country, a
   * new address can deactivate the numbers registered at it.
   * @throws {SipgateIOValidationError} naming `addressId` or the field of `address` that is missing or not a string.
   * @throws {SipgateIONotFoundError} `Address <id> was not found`.
   */
  updateAddress(addressId: number | string, address: AccountAddressUpdate): Promise<void>;

  /**
   * Lists the account's number portings (`GET /portings`, scope `portings:read`).
   * @throws {SipgateIOHttpError} for the API's refusals.
   */
  getPortings(): Promise<Porting[]>;
  /**
   * Reads one porting (`GET /portings/{portingId}`).
   * @throws {SipgateIOValidationError} `portingId` when it is not a non-negative integer.
   * @throws {SipgateIONotFoundError} `Porting <id> was not found`.
   */
  getPorting(portingId: number | string): Promise<Porting>;
  /**
   * Revokes a porting that is still revocable (`DELETE /portings/{portingId}`, scope `portings:write`).
   * @throws {SipgateIOValidationError} `portingId` when it is not a non-negative integer.
   * @throws {SipgateIONotFoundError} `Porting <id> was not found`.
   */
  revokePorting(portingId: number | string): Promise<void>;

  /**
   * Lists a user's e-mail and SMS notifications (`GET /{userId}/notifications`, scope `notifications:read`).
   * @throws {SipgateIOValidationError} `userId` when it is not a web user id such as `w0`.
   * @throws {SipgateIOHttpError} for the API's refusals.
   */
  getNotifications(options?: AccountUserOptions): Promise<Notifications>;
  /**
   * Sends an e-mail for every new voicemail of a box (`POST /{userId}/notifications/voicemail/email`).
   * @throws {SipgateIOValidationError} naming `userId`, `voicemailId` or `email`.
   * @throws {SipgateIOPermissionError} when the voicemail feature is not booked.
   */
  createVoicemailEmailNotification(input: VoicemailEmailNotificationInput): Promise<void>;
  /**
   * Sends an SMS for every new voicemail of a box (`POST /{userId}/notifications/voicemail/sms`).
   * @throws {SipgateIOValidationError} naming `userId`, `voicemailId` or `number`.
   * @throws {SipgateIOPermissionError} when the voicemail feature is not booked.
   */
  createVoicemailSmsNotification(input: VoicemailSmsNotificationInput): Promise<void>;
  /**
   * Sends an e-mail for every incoming or outgoing fax of a fax line (`POST /{userId}/notifications/fax/email`).
   * @throws {SipgateIOValidationError} naming `userId`, `faxlineId`, `email` or `direction`.
   * @throws {SipgateIOPermissionError} when the fax feature is not booked.
   */
  createFaxEmailNotification(input: FaxEmailNotificationInput): Promise<void>;
  /**
   * Sends an SMS for every incoming or outgoing fax of a fax line (`POST /{userId}/notifications/fax/sms`).
   * @throws {SipgateIOValidationError} naming `userId`, `faxlineId`, `number` or `direction`.
   * @throws {SipgateIOPermissionError} when the fax feature is not booked.
   */
  createFaxSmsNotification(input: FaxSmsNotificationInput): Promise<void>;
  /**
   * Sends a report e-mail for every fax sent from a fax line (`POST /{userId}/notifications/fax/report`).
   * @throws {SipgateIOValidationError} naming `userId`, `faxlineId` or `email`.
   * @throws {SipgateIOPermissionError} when the fax feature is not booked.
   */
  createFaxReportNotification(input: FaxReportNotificationInput): Promise<void>;
  /**
   * Forwards every SMS an endpoint receives by e-mail (`POST /{userId}/notifications/sms/email`).
   * @throws {SipgateIOValidationError} naming `userId`, `endpointId` or `email`.
   * @throws {SipgateIOPermissionError} when the SMS-to-mail feature is not booked.
   */
  createSmsEmailNotification(input: SmsEmailNotificationInput): Promise<void>;
  /**
   * Deletes one notification by the id `getNotifications` lists (`DELETE /{userId}/notifications/{notificationId}`).
   * @throws {SipgateIOValidationError} naming `notificationId` or `userId`.
   * @throws {SipgateIONotFoundError} when there is no such notification.
   */
  deleteNotification(notificationId: string, options?: AccountUserOptions): Promise<void>;

  /**
   * Lists the incoming blacklist (`GET /blacklist/incoming`, scope `blacklist:read`).
   * @throws {SipgateIOHttpError} for the API's refusals.
   */
  getBlacklist(): Promise<BlacklistEntry[]>;
  /**
   * Blocks calls from a number, or from every number beginning with it (`POST /blacklist/incoming`).
   * @throws {SipgateIOValidationError} naming `phoneNumber` or `isBlock`.
   * @throws {SipgateIOHttpError} 409 `<number> is already on the blacklist`.
   */
  addBlacklistEntry(entry: BlacklistEntryInput): Promise<BlacklistEntry>;
  /**
   * Removes a number from the incoming blacklist (`DELETE /blacklist/incoming/{phoneNumber}`).
   * @throws {SipgateIOValidationError} `phoneNumber` when it is not an international number.
   * @throws {SipgateIONotFoundError} `<number> is not on the blacklist`.
   */
  removeBlacklistEntry(phoneNumber: string): Promise<void>;

  /**
   * Reads a user's call restrictions (`GET /callrestrictions`, scope `callrestrictions:read`).
   * @throws {SipgateIOValidationError} `userId` when it is not a web user id such as `w0`.
   * @throws {SipgateIONotFoundError} when there is no such user.
   */
  getCallRestrictions(options?: AccountUserOptions): Promise<CallRestrictions>;
  /**
   * Switches one call restriction of a user on or off (`POST /{userId}/callrestrictions/{restriction}`).
   * @throws {SipgateIOValidationError} naming `restriction`, `enabled` or `userId`.
   * @throws {SipgateIONotFoundError} when there is no such user or restriction.
   */
  setCallRestriction(options: SetCallRestrictionOptions): Promise<CallRestrictions>;

  /**
   * Reads whether a device's calls are recorded automatically (`GET /autorecordings/{extension}/settings`).
   * @throws {SipgateIOValidationError} `extension` when it is not an extension such as `e0`.
   * @throws {SipgateIONotFoundError} when there is no such device.
   */
  getAutorecordingSetting(extension: string): Promise<AutorecordingSetting>;
  /**
   * Switches automatic recording of a device's calls on or off (`PUT /autorecordings/{extension}/settings`).
   * @throws {SipgateIOValidationError} naming `extension` or `active`.
   * @throws {SipgateIONotFoundError} when there is no such device.
   */
  setAutorecordingSetting(extension: string, active: boolean): Promise<AutorecordingSetting>;
  /**
   * Reads the greeting played before automatically recorded calls (`GET /autorecordings/greetings`).
   * @throws {SipgateIOHttpError} for the API's refusals.
   */
  getAutorecordingGreeting(): Promise<AutorecordingGreeting>;
  /**
   * Uploads the greeting played before automatically recorded calls (`POST /autorecordings/greetings`).
   * @throws {SipgateIOValidationError} naming `filename` or `base64Content`.
   * @throws {SipgateIOOutcomeUnknownError} when the connection is lost after sending.
   */
  uploadAutorecordingGreeting(greeting: AutorecordingGreetingUpload): Promise<void>;
  /**
   * Deletes the autorecording greeting (`DELETE /autorecordings/greetings/{greetingId}`).
   * @throws {SipgateIOValidationError} `greetingId` when it is empty.
   * @throws {SipgateIONotFoundError} when there is no such greeting.
   */
  deleteAutorecordingGreeting(greetingId: string): Promise<void>;
}
