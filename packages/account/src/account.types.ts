/** The account's details, as `GET /account` answers them. */
export interface Account {
  company: string;
  /** The product the account was booked with, e.g. `TEAM` or `BASIC`. */
  mainProductType: string;
  logoUrl?: string;
  /** True once the account holder's identity was verified. */
  verified: boolean;
  /** How long history entries are kept: `NONE`, `THIRTY_DAYS` or `UNLIMITED`. */
  historyLifeTime: string;
}

/** The account's balance, as `GET /balance` answers it. */
export interface Balance {
  /** The amount as the API sends it: an integer in the API's own unit of `currency`. */
  amount: number;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
}

/** A postal address of the account (`GET /addresses`). */
export interface AccountAddress {
  /** The address's id, where the API sends one. */
  id?: number;
  poBox?: string;
  extendedAddress?: string;
  streetAddress?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

/** What `updateAddress` sends (`PUT /addresses/{addressId}`); city, postcode and country code are required. */
export interface AccountAddressUpdate {
  /** Two-letter country code, e.g. `DE`. */
  countrycode: string;
  postcode: string;
  city: string;
  state?: string;
  street?: string;
  number?: string;
  address1?: string;
  address2?: string;
}

/** A number porting (`GET /portings`). */
export interface Porting {
  id: string;
  /** The day the numbers move, e.g. `2026-12-21`. */
  portDate: string;
  numbers: { id: string; number: string }[];
  /** The API's porting status code: 100 waiting for the user's fax … 500 complete, 600 cancelled. */
  status: number;
  /** True while the porting can still be revoked. */
  revocable: boolean;
  pending: boolean;
}

/** An entry of the incoming blacklist (`GET /blacklist/incoming`). */
export interface BlacklistEntry {
  phoneNumber: string;
  /** True when every number beginning with `phoneNumber` is blocked, not only that one. */
  isBlock: boolean;
}

/** What `addBlacklistEntry` takes. */
export interface BlacklistEntryInput {
  /** An international number (`+49…`), or the start of one when `isBlock` is true. */
  phoneNumber: string;
  /** Block every number beginning with `phoneNumber`; default false. */
  isBlock?: boolean;
}

/** The call restrictions a user can have switched on. */
export const CALL_RESTRICTIONS = ['roaming', 'highCostForeignNumbers', 'foreignSpecial', 'charged'] as const;

/** The name of one call restriction. */
export type CallRestriction = (typeof CALL_RESTRICTIONS)[number];

/** A user's call restrictions (`GET /callrestrictions`): true where calls of that kind are barred. */
export type CallRestrictions = { userId: string } & Record<CallRestriction, boolean>;

/** What `setCallRestriction` takes. */
export interface SetCallRestrictionOptions {
  restriction: CallRestriction;
  enabled: boolean;
  /** Default: the authenticated web user. */
  userId?: string;
}

/** Whether a device's calls are recorded automatically (`/autorecordings/{extension}/settings`). */
export interface AutorecordingSetting {
  active: boolean;
}

/** The greeting played before automatically recorded calls (`GET /autorecordings/greetings`). */
export interface AutorecordingGreeting {
  id: string;
  alias: string;
  greetingUrl: string;
  recordingEnabled: boolean;
  active: boolean;
}

/** What `uploadAutorecordingGreeting` takes. */
export interface AutorecordingGreetingUpload {
  /** e.g. `greeting.mp3` */
  filename: string;
  /** The audio file, base64-encoded. */
  base64Content: string;
}
