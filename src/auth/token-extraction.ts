/** Where a request may carry its token, as the server read them. */
export interface TokenCarriers {
  /** The value of the `Authorization` cookie. */
  cookie?: string | undefined;
  /** The value of the `Authorization` header. */
  header?: string | undefined;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The token of a request, looked for in the order old clients rely on: the `Authorization`
 * cookie (the old dashboard's only transport), an `Authorization: Bearer <token>` header,
 * then a bare `Authorization: <token>` header (old scripts). Undefined when none is sent.
 * Any other header value is handed on as it is, so that it is refused as INVALID rather
 * than taken for no token at all.
 */
export function extractToken(carriers: TokenCarriers): string | undefined {
  const cookie = carriers.cookie?.trim();
  if (cookie) return cookie;

  const header = carriers.header?.trim();
  if (!header) return undefined;
  return BEARER.exec(header)?.[1] ?? header;
}
