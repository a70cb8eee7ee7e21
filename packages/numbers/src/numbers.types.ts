import type { Pagination } from '@sipgateio/core';

/** Kinds of phone numbers the API reports. */
export const NumberResponseItemType = {
  MOBILE: 'MOBILE',
  LANDLINE: 'LANDLINE',
  QUICKDIAL: 'QUICKDIAL',
  INTERNATIONAL: 'INTERNATIONAL',
} as const;

/** One of the {@link NumberResponseItemType} values. */
export type NumberResponseItemType = (typeof NumberResponseItemType)[keyof typeof NumberResponseItemType];

/** Number-portability state of a mobile number (not in the OpenAPI description, sent for mobile numbers). */
export interface NumberMnpState {
  isReleased: boolean;
  releasedUntil: Date;
}

/** One phone number of the account and the endpoint (phoneline, group, …) it routes to. */
export interface NumberResponseItem {
  id: string;
  /** E.164 with a leading `+`, e.g. `+4915799912345`. */
  number: string;
  /** National notation, e.g. `01579-9912345`. */
  localized: string;
  type: NumberResponseItemType;
  /** Extension the number routes to, e.g. `p0`. */
  endpointId: string;
  endpointAlias: string;
  endpointUrl: string;
  mnpState?: NumberMnpState;
  portId?: number;
}

/** Body of `GET /numbers`: one page of numbers (the endpoint reports no total count). */
export interface NumberResponse {
  items: NumberResponseItem[];
}

/** Options of {@link NumbersModule.iterateAll}. */
export interface IterateNumbersOptions {
  /** Numbers asked for per request. Default 100. */
  pageSize?: number;
  /** Stops the iteration (and aborts the running request) when it fires. */
  signal?: AbortSignal;
}

/** What `createNumbersModule` returns. */
export interface NumbersModule {
  /**
   * Reads one page of the account's phone numbers (`GET /numbers`); without `pagination`, the API's default page.
   * @throws {SipgateIOValidationError} when `offset` or `limit` is not an integer from 0 to 2147483647.
   * @throws {SipgateIOHttpError} `Invalid pagination input` for a 400; core's classes for every other status.
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getAllNumbers(pagination?: Pagination): Promise<NumberResponse>;
  /**
   * Iterates over every phone number of the account, requesting page after page until a page comes back
   * shorter than `pageSize`.
   * @throws {SipgateIOValidationError} when `pageSize` is not a positive integer (on the first iteration), naming `options.pageSize`.
   * @throws {SipgateIOAbortError} when `signal` fires.
   * @throws {SipgateIOHttpError} as {@link NumbersModule.getAllNumbers} does.
   */
  iterateAll(options?: IterateNumbersOptions): AsyncIterableIterator<NumberResponseItem>;
}
