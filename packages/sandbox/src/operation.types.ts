/** A JSON type as the API description names it. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

/** What a query parameter or a top-level body field must be. */
export interface FieldRule {
  type: JsonType;
  required?: true;
  nullable?: true;
  /** Allowed values (of the items, for arrays). */
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
}

/** The request checks of one operation, compacted from the API description. */
export interface RequestRules {
  query?: Record<string, FieldRule>;
  /** The JSON body: whether one is required, and its top-level fields. */
  body?: { required: boolean; fields: Record<string, FieldRule> };
}

/** One operation of the API description: route, request checks and a valid example answer. */
export interface GeneratedOperation {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The path template as the description writes it, e.g. `/{userId}/phonelines/{phonelineId}`. */
  path: string;
  status: number;
  /** The example answer (JSON unless `contentType` says otherwise). */
  body?: unknown;
  contentType?: string;
  request: RequestRules;
}
