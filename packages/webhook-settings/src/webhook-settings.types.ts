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
export interface WebhookSettingsModule {
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
