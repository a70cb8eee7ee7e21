import type {
  PhonelineReference,
  PhonelineWebhookSettings,
  WebhookLogEntry,
} from './phoneline-webhook-settings.types.js';

/** The account's sipgate.io webhook settings (`GET /settings/sipgateio`). */
export interface WebhookSettings {
  /** Called for incoming calls; `''` when unset. */
  incomingUrl: string;
  /** Called for outgoing calls; `''` when unset. */
  outgoingUrl: string;
  /** Whether sipgate logs the webhooks it sends (shown in the console). */
  log: boolean;
  /**
   * Phoneline (`p…`) and group (`g…`) extensions whose calls trigger webhooks. `null`: no whitelist, every
   * phoneline and group triggers them; `[]`: none does.
   */
  whitelist: string[] | null;
}

/**
 * What `createSettingsModule` returns. Every setter reads the whole settings object, changes one field and
 * writes the whole object back (the API offers nothing finer). Calls made through modules of the same client run
 * one after another in call order, so concurrent updates do not overwrite each other; a failed call rejects only
 * its own promise and the next one still runs.
 */
export interface WebhookSettingsModule extends PhonelineWebhookSettingsFunctions, WebhookLogFunctions {
  /**
   * Sets the URL called for incoming calls.
   * @throws {SipgateIOValidationError} `Invalid webhook URL: <url>` unless it is an http(s) URL with a host.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  setIncomingUrl(url: string): Promise<void>;
  /**
   * Sets the URL called for outgoing calls.
   * @throws {SipgateIOValidationError} `Invalid webhook URL: <url>` unless it is an http(s) URL with a host.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  setOutgoingUrl(url: string): Promise<void>;
  /**
   * Removes the incoming URL (sets it to `''`).
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  clearIncomingUrl(): Promise<void>;
  /**
   * Removes the outgoing URL (sets it to `''`).
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  clearOutgoingUrl(): Promise<void>;
  /**
   * Lets only these phoneline (`p…`) and group (`g…`) extensions trigger webhooks.
   * @throws {SipgateIOValidationError} `Whitelist allows only 'p' and 'g' extensions` and `Invalid extension: <x>`
   *   on the next line, naming the entry (`extensions[1]`).
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  setWhitelist(extensions: string[]): Promise<void>;
  /**
   * Empties the whitelist (`[]`): no extension triggers webhooks.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  clearWhitelist(): Promise<void>;
  /**
   * Removes the whitelist (`null`): every phoneline and group triggers webhooks again.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  disableWhitelist(): Promise<void>;
  /**
   * Turns sipgate's log of sent webhooks on or off.
   * @throws {SipgateIOValidationError} `Invalid log value: <value> (expected true or false)`, field `log`.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  setLog(value: boolean): Promise<void>;
  /**
   * Reads the current settings, after every update issued earlier through the same client has finished.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getWebhookSettings(): Promise<WebhookSettings>;
}

/**
 * The webhook settings of one phoneline (`/{userId}/phonelines/{phonelineId}/sipgateio`, scopes
 * `phonelines:sipgateio:read` and `phonelines:sipgateio:write`). Like the account-wide object, each setter reads
 * the line's settings, changes one field and writes them back; calls on the same line through the same client
 * run one after another in call order. A line given without a user id belongs to the web user behind the
 * client's credentials (one `GET /authorization/userinfo` per call).
 */
export interface PhonelineWebhookSettingsFunctions {
  /**
   * Sets the URL sipgate calls for incoming calls of the line and turns those webhooks on (`incomingActive`).
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `phonelineId` or `userId`;
   *   `Invalid webhook URL: <url>` naming `url`.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIONotFoundError} when the user or line does not exist.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  setPhonelineIncomingUrl(phoneline: PhonelineReference, url: string): Promise<void>;
  /**
   * Sets the URL sipgate calls for outgoing calls of the line and turns those webhooks on (`outgoingActive`).
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `phonelineId` or `userId`;
   *   `Invalid webhook URL: <url>` naming `url`.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIONotFoundError} when the user or line does not exist.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  setPhonelineOutgoingUrl(phoneline: PhonelineReference, url: string): Promise<void>;
  /**
   * Removes the line's incoming URL (`''`) and turns its incoming webhooks off.
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `phonelineId` or `userId`.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  clearPhonelineIncomingUrl(phoneline: PhonelineReference): Promise<void>;
  /**
   * Removes the line's outgoing URL (`''`) and turns its outgoing webhooks off.
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `phonelineId` or `userId`.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  clearPhonelineOutgoingUrl(phoneline: PhonelineReference): Promise<void>;
  /**
   * Turns sipgate's log of the webhooks sent for this line on or off.
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `phonelineId` or `userId`;
   *   `Invalid log value: <value> (expected true or false)` naming `log`.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  setPhonelineLog(phoneline: PhonelineReference, value: boolean): Promise<void>;
  /**
   * Reads the line's webhook settings, after every update of that line issued earlier through the same client.
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `phonelineId` or `userId`.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getPhonelineWebhookSettings(phoneline: PhonelineReference): Promise<PhonelineWebhookSettings>;
}

/**
 * sipgate's debug logs of the webhooks it sent and what the webhook server answered: what to read when
 * `onAnswer` or `onHangup` never arrive.
 */
export interface WebhookLogFunctions {
  /**
   * Lists the webhooks sipgate sent for the account (`GET /log/webhooks`, scope `log:webhooks:read`).
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getWebhookLog(): Promise<WebhookLogEntry[]>;
  /**
   * Lists the webhooks sipgate sent for one phoneline (`GET /{userId}/phonelines/{phonelineId}/sipgateio/log`,
   * scope `phonelines:sipgateio:log:read`); sipgate logs them while the line's log is on (`setPhonelineLog`).
   * @throws {SipgateIOValidationError} `Invalid extension: <value>` naming `phonelineId` or `userId`.
   * @throws {SipgateIOPermissionError} `sipgateIO is not booked for your account (or insufficient scopes)` for a 403.
   * @throws {SipgateIONotFoundError} when the user or line does not exist.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getPhonelineWebhookLog(phoneline: PhonelineReference): Promise<WebhookLogEntry[]>;
}
