import type { RequestOptions } from './client.types.js';
import type { paths } from './generated/sipgate-api.js';

/** The HTTP methods of sipgate's REST API, as the generated `paths` type spells them. */
type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

type OperationAt<Path extends keyof paths, M extends Method> = Exclude<paths[Path][M], undefined>;

/**
 * Every operation of sipgate's REST API as `'<METHOD> <path template>'`, exactly as the OpenAPI description
 * writes it: `'GET /history'`, `'PUT /{userId}/phonelines/{phonelineId}/forwardings'`, …
 */
export type Route = {
  [Path in keyof paths & string]: {
    [M in Method]: [OperationAt<Path, M>] extends [never] ? never : `${Uppercase<M>} ${Path}`;
  }[Method];
}[keyof paths & string];

/** The generated operation type behind a route. */
export type RouteOperation<R extends Route> = R extends `${infer M} ${infer Path}`
  ? Path extends keyof paths
    ? Lowercase<M> extends Method
      ? OperationAt<Path, Lowercase<M>>
      : never
    : never
  : never;

type Present<T> = [Exclude<T, undefined>] extends [never] ? {} : Exclude<T, undefined>;

type OperationParameters<O> = O extends { parameters: infer P }
  ? Present<P extends { path?: infer Path } ? Path : never> &
      Present<P extends { query?: infer Query } ? Query : never>
  : {};

type BodyOf<Content> = Content extends Record<string, unknown> ? Content[keyof Content] : never;

type RequestBodyOf<O> = O extends { requestBody?: infer Body } ? Body : undefined;

type OperationBody<O> = [Exclude<RequestBodyOf<O>, undefined>] extends [never]
  ? {}
  : O extends { requestBody: { content: infer Content } }
    ? { body: BodyOf<Content> }
    : O extends { requestBody?: { content: infer Content } }
      ? { body?: BodyOf<Content> }
      : {};

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * What `client.request(route, params)` takes for a route: its path and query parameters by their names in the
 * description, and the JSON request body under `body`.
 */
export type RouteParams<R extends Route> = Simplify<
  OperationParameters<RouteOperation<R>> & OperationBody<RouteOperation<R>>
>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | '2XX';

type ContentOf<Response> = Response extends { content: infer Content }
  ? Content extends Record<string, unknown>
    ? Content[keyof Content]
    : undefined
  : undefined;

type OperationResponses<O> = O extends { responses: infer Responses } ? Responses : {};

type SuccessResponses<Responses> = [Extract<keyof Responses, SuccessStatus>] extends [never]
  ? // Operations the description documents with a `default` answer only, or with error answers only.
    'default' extends keyof Responses
    ? Responses['default']
    : undefined
  : Responses[Extract<keyof Responses, SuccessStatus>];

/** What `client.request(route)` resolves to: the parsed body of the route's success answer (undefined if none). */
export type RouteResponse<R extends Route> = ContentOf<
  SuccessResponses<OperationResponses<RouteOperation<R>>>
>;

/** Per-request options of `client.request`. */
export type RouteRequestOptions = Omit<RequestOptions, 'params' | 'searchParams'>;

/** The parameters after the route: `params` may be left out when the route needs none. */
export type RouteArguments<R extends Route> =
  {} extends RouteParams<R>
    ? [params?: RouteParams<R>, options?: RouteRequestOptions]
    : [params: RouteParams<R>, options?: RouteRequestOptions];

/** `client.request`: any operation of sipgate's REST API, typed from its OpenAPI description. */
export type RequestRoute = <R extends Route>(
  route: R,
  ...args: RouteArguments<R>
) => Promise<RouteResponse<R>>;
