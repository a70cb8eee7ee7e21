/** A group of the account, as `GET /groups` lists it. */
export interface Group {
  /** Extension of the group, e.g. `g0`. */
  id: string;
  alias: string;
  departmentId: number;
  /** Where the API lists the group's numbers. */
  groupNumbersUrl: string;
  /** Where the API lists the group's members. */
  groupUsersUrl: string;
}

/** The voicemail settings of a group, as `GET /groups/{groupId}` answers them. */
export interface GroupVoicemailSettings {
  /** Extension of the voicemail box. */
  id: string;
  /** Seconds before the voicemail answers. */
  timeout: number;
  active: boolean;
}

/** One group with its voicemail settings, as `GET /groups/{groupId}` answers it. */
export interface GroupDetails {
  id: string;
  alias: string;
  departmentId: number;
  voicemails: GroupVoicemailSettings[];
}

/** A member of a group, as `GET /groups/{groupId}/users` lists it. */
export interface GroupUser {
  /** The web user id, e.g. `w0`. */
  id: string;
  firstname: string;
  lastname: string;
  userUrl: string;
}

/** A phone number routed to a group or a group fax line. */
export interface GroupNumber {
  /** E.164, e.g. `+4921100000000`. */
  number: string;
  /** e.g. `["LANDLINE"]` */
  type: string[];
}

/** A voicemail box of a group, as `GET /groups/{groupId}/voicemail` lists it. */
export interface GroupVoicemail {
  /** Extension of the voicemail box, e.g. `v2`. */
  id: string;
  alias: string;
  /** Seconds before the voicemail answers. */
  timeout: number;
  active: boolean;
  transcriptionsUrl: string;
  transcription: boolean;
  canTranscribe: boolean;
  greetingsUrl: string;
  activeGreetingAlias: string;
  activeGreetingId: string;
  /** The number to call to listen to the box. */
  accessNumber: string;
}

/** A fax line of a group, as `GET /groups/{groupId}/faxlines` and `GET /groupfaxlines` list it. */
export interface GroupFaxline {
  /** Extension of the fax line, e.g. `f1`. */
  id: string;
  alias: string;
  /** The header line printed on sent faxes. */
  tagline: string;
  canSend: boolean;
  canReceive: boolean;
  /** The group the fax line belongs to. */
  groupId: string;
}

/** Which groups or group fax lines to list. */
export interface GroupsFilter {
  /** Only those of this web user, e.g. `w0`. Default: all of the account. */
  userId?: string;
}

/** What `createGroupsModule` returns. Every function checks its input before any request. */
export interface GroupsModule {
  /**
   * Lists the groups of the account, or of one web user (`GET /groups`, scope `groups:read`).
   * @throws {SipgateIOValidationError} naming `filter` or `filter.userId`.
   * @throws {SipgateIOHttpError} with core's class for the status (401, 403, …).
   * @throws {SipgateIONetworkError} when no answer arrives.
   */
  getGroups(filter?: GroupsFilter): Promise<Group[]>;

  /**
   * Reads one group with its voicemail settings (`GET /groups/{groupId}`, scope `groups:read`).
   * @throws {SipgateIOValidationError} naming `groupId` when it is not a group id such as `g0`.
   * @throws {SipgateIONotFoundError} `Group <groupId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getGroup(groupId: string): Promise<GroupDetails>;

  /**
   * Lists the members of a group (`GET /groups/{groupId}/users`, scope `groups:users:read`).
   * @throws {SipgateIOValidationError} naming `groupId`.
   * @throws {SipgateIONotFoundError} `Group <groupId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getUsers(groupId: string): Promise<GroupUser[]>;

  /**
   * Lists the phone numbers routed to a group (`GET /groups/{groupId}/numbers`, scope `groups:numbers:read`).
   * @throws {SipgateIOValidationError} naming `groupId`.
   * @throws {SipgateIONotFoundError} `Group <groupId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getNumbers(groupId: string): Promise<GroupNumber[]>;

  /**
   * Lets a device ring for a group (`POST /groups/{groupId}/devices`, scope `groups:devices:write`). Not
   * retried: when the answer is lost, a `SipgateIOOutcomeUnknownError` says so.
   * @throws {SipgateIOValidationError} naming `groupId`, or `deviceId` when it is not a device extension
   * (`e0` VoIP phone, `x0` external phone, `y0` mobile).
   * @throws {SipgateIONotFoundError} `Group <groupId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  addDevice(groupId: string, deviceId: string): Promise<void>;

  /**
   * Stops a device ringing for a group (`DELETE /groups/{groupId}/devices/{deviceId}`, scope
   * `groups:devices:write`).
   * @throws {SipgateIOValidationError} naming `groupId` or `deviceId`.
   * @throws {SipgateIONotFoundError} `Device <deviceId> was not found in group <groupId>` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  removeDevice(groupId: string, deviceId: string): Promise<void>;

  /**
   * Lists the voicemail boxes of a group (`GET /groups/{groupId}/voicemail`, scope `groups:voicemails:read`;
   * the API marks this operation deprecated).
   * @throws {SipgateIOValidationError} naming `groupId`.
   * @throws {SipgateIONotFoundError} `Group <groupId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getVoicemails(groupId: string): Promise<GroupVoicemail[]>;

  /**
   * Lists the fax lines of a group (`GET /groups/{groupId}/faxlines`, scope `groups:faxlines:read`).
   * @throws {SipgateIOValidationError} naming `groupId`.
   * @throws {SipgateIONotFoundError} `Group <groupId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getFaxlines(groupId: string): Promise<GroupFaxline[]>;

  /**
   * Lists the group fax lines of the account, or those of one web user's groups (`GET /groupfaxlines`,
   * scope `groups:faxlines:read`).
   * @throws {SipgateIOValidationError} naming `filter` or `filter.userId`.
   * @throws {SipgateIOHttpError} with core's class for the status.
   */
  getAllFaxlines(filter?: GroupsFilter): Promise<GroupFaxline[]>;

  /**
   * Reads the caller id a group fax line sends with (`GET /groupfaxlines/{faxlineId}/callerid`, scope
   * `groups:faxlines:read`).
   * @throws {SipgateIOValidationError} naming `faxlineId` when it is not a fax line id such as `f0`.
   * @throws {SipgateIONotFoundError} `Group fax line <faxlineId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getFaxlineCallerId(faxlineId: string): Promise<string>;

  /**
   * Lists the phone numbers routed to a group fax line (`GET /groupfaxlines/{faxlineId}/numbers`, scope
   * `groups:faxlines:read`).
   * @throws {SipgateIOValidationError} naming `faxlineId`.
   * @throws {SipgateIONotFoundError} `Group fax line <faxlineId> was not found` for a 404.
   * @throws {SipgateIOHttpError} with core's class for other statuses.
   */
  getFaxlineNumbers(faxlineId: string): Promise<GroupNumber[]>;
}
