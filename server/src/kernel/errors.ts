/**
 * The one error model of the application. Every error that reaches a client is an {@link AppError}
 * with a stable code; the HTTP status comes from one table; `userMessage` is Dutch and safe to show.
 */
export const errorCodes = {
  /** The request body, query or parameters do not match the schema. */
  VALIDATION_FAILED: { status: 400, title: 'Ongeldige invoer' },
  /** The body is not valid JSON. */
  MALFORMED_JSON: { status: 400, title: 'Ongeldige JSON' },
  /** The body is not valid UTF-8. */
  INVALID_UTF8: { status: 400, title: 'Ongeldige tekenset' },
  /** Not signed in, or the session has expired. */
  UNAUTHENTICATED: { status: 401, title: 'Niet ingelogd' },
  /** Username or password (or second factor) is wrong. */
  INVALID_CREDENTIALS: { status: 401, title: 'Inloggen mislukt' },
  /** The session is in another stage of the login flow than the operation needs. */
  WRONG_LOGIN_STAGE: { status: 409, title: 'Verkeerde stap in het inloggen' },
  /** The CSRF token header is missing or does not match the session. */
  CSRF_FAILED: { status: 403, title: 'Beveiligingscontrole mislukt' },
  /** Signed in, but the role or record policy does not allow this. */
  FORBIDDEN: { status: 403, title: 'Geen toegang' },
  /** The resource does not exist, or the caller may not know it exists. */
  NOT_FOUND: { status: 404, title: 'Niet gevonden' },
  /** The request conflicts with the current state (duplicate username, finished task). */
  CONFLICT: { status: 409, title: 'Conflict' },
  /** The body is larger than allowed. */
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Te groot' },
  /** The content type is not accepted here. */
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Bestandstype niet toegestaan' },
  /** The account is temporarily locked after failed attempts. */
  ACCOUNT_LOCKED: { status: 423, title: 'Account tijdelijk geblokkeerd' },
  /** Too many requests from this client. */
  TOO_MANY_REQUESTS: { status: 429, title: 'Te veel verzoeken' },
  /** The database cannot be reached. */
  SERVICE_UNAVAILABLE: { status: 503, title: 'Dienst tijdelijk niet beschikbaar' },
  /** Anything unexpected; details are logged, never returned. */
  INTERNAL: { status: 500, title: 'Interne fout' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  /** Dotted path into the request, e.g. `body.password` or `query.from`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly userMessage: string;
  readonly errors: FieldError[] | undefined;
  /** Extra response headers, e.g. Retry-After. */
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    userMessage: string,
    options: { message?: string; errors?: FieldError[]; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(options.message ?? userMessage, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code].status;
    this.userMessage = userMessage;
    this.errors = options.errors;
    this.headers = options.headers;
  }
}

export const notFound = (what = 'Het gevraagde item'): AppError => new AppError('NOT_FOUND', `${what} bestaat niet of u heeft er geen toegang toe.`);

export const forbidden = (detail = 'U heeft geen toestemming voor deze handeling.'): AppError => new AppError('FORBIDDEN', detail);

export const conflict = (detail: string): AppError => new AppError('CONFLICT', detail);
