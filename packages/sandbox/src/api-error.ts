/** One entry of the API's error body (`ErrorResponse` in the OpenAPI file). */
export interface ApiErrorItem {
  status: number;
  title: string;
  detail: string;
  source?: { pointer: string };
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** The reason phrase for a status, or a generic one. */
export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Error');
}

/** An error a route throws to answer with `{ errors: [...] }` and the given status. */
export class ApiError extends Error {
  readonly status: number;
  readonly items: ApiErrorItem[];

  constructor(status: number, detail: string, pointer?: string) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.items = [
      {
        status,
        title: statusTitle(status),
        detail,
        ...(pointer === undefined ? {} : { source: { pointer } }),
      },
    ];
  }

  /** A 400 carrying every validation error found. */
  static validation(items: ApiErrorItem[]): ApiError {
    const error = new ApiError(400, items[0]?.detail ?? 'Invalid request');
    error.items.splice(0, error.items.length, ...items);
    return error;
  }
}

/** The JSON body for an error status. */
export function errorBody(status: number, detail: string, pointer?: string): { errors: ApiErrorItem[] } {
  return { errors: new ApiError(status, detail, pointer).items };
}
