/**
 * What a caller may see of an API error, decided in one place.
 *
 * Errors an `api` function raises come from the database's catalogue
 * (`private.api_errors`): a fixed message, a stable code in `hint`, and at
 * most a bounded echo in `details`; they pass as they are. Everything else
 * (PostgREST's own errors, PostgreSQL's parse errors, an outage) can carry
 * internals: constraint names, hashes, settings, hosts and ports, or the
 * caller's own text. Those are replaced by a stable code and a message
 * written for users, chosen by HTTP status.
 */

export type TPublicApiError = {
  code: string;
  message: string;
  details: string | null;
  hint: string;
};

/** The proxy's own refusals and the fallbacks by status: stable code, message for users. */
export const PROXY_ERRORS = {
  invalid_request: [400, 'The request is not valid.'],
  invalid_api_key: [401, 'This request needs the API key of this site (the apikey header).'],
  origin_not_allowed: [403, 'This site does not accept API calls from other websites.'],
  not_found: [404, 'There is no such API function.'],
  method_not_allowed: [405, 'The API answers GET and POST only.'],
  request_too_large: [413, 'The request body is too large.'],
  url_too_long: [414, 'The request URL is too long.'],
  headers_too_large: [431, 'The request headers are too large.'],
  internal_error: [500, 'Something went wrong on our side. Please try again.'],
  service_unavailable: [503, 'The service is briefly unavailable. Please try again in a minute.'],
  timeout: [504, 'The service took too long to answer. Please try again.'],
} as const satisfies Record<string, readonly [number, string]>;

export type TProxyErrorCode = keyof typeof PROXY_ERRORS;

/**
 * A refusal of the proxy, or the fallback for an uncatalogued error. An
 * upstream error code (a SQLSTATE or PGRSTnnn) is kept: it is stable and says
 * nothing of the data.
 */
export function proxyError(code: TProxyErrorCode, upstreamCode?: string): TPublicApiError {
  return { code: upstreamCode ?? code, message: PROXY_ERRORS[code][1], details: null, hint: code };
}

/** The fallback for an uncatalogued error of this HTTP status. */
function fallbackFor(status: number): TProxyErrorCode {
  if (status === 401 || status === 403) return 'invalid_api_key';
  if (status === 404) return 'not_found';
  if (status === 405) return 'method_not_allowed';
  if (status === 413) return 'request_too_large';
  if (status === 504) return 'timeout';
  if (status === 502 || status === 503) return 'service_unavailable';
  if (status >= 500) return 'internal_error';
  return 'invalid_request';
}

const CATALOGUE_CODE = /^[a-z_]{3,40}$/;
const SQLSTATE = /^[0-9A-Z]{5}$/;
const UPSTREAM_CODE = /^(PGRST\d{3}|[0-9A-Z]{5})$/;
const CONTROL = /\p{Cc}/u;

/** Whether a body is one of the database catalogue's errors (private.api_errors). */
function isCatalogued(body: Record<string, unknown>): boolean {
  const { code, message, hint, details } = body;
  return (
    typeof code === 'string' &&
    SQLSTATE.test(code) &&
    typeof hint === 'string' &&
    CATALOGUE_CODE.test(hint) &&
    typeof message === 'string' &&
    message.length <= 200 &&
    !CONTROL.test(message) &&
    (details === null ||
      details === undefined ||
      (typeof details === 'string' && details.length <= 120 && !CONTROL.test(details)))
  );
}

/** The error body a caller gets for an upstream error response of `status` with `raw` body. */
export function publicApiError(status: number, raw: string): TPublicApiError {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    body = undefined;
  }
  if (body && typeof body === 'object' && isCatalogued(body as Record<string, unknown>)) {
    const { code, message, details, hint } = body as TPublicApiError;
    return { code, message, details: details ?? null, hint };
  }
  const code = (body as { code?: unknown } | undefined)?.code;
  return proxyError(
    fallbackFor(status),
    typeof code === 'string' && UPSTREAM_CODE.test(code) ? code : undefined,
  );
}
