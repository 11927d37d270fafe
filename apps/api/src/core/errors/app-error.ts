import { ErrorCode } from './error-codes';

export interface FieldError {
  in?: 'body' | 'query' | 'params';
  field: string;
  message: string;
  /** The rule the value broke (see the contracts' field-error table), for a client to word it. */
  code?: string;
  params?: Record<string, string | number>;
}

/** The one way errors travel in the API: a code, an optional detail and extra members. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? code);
  }

  static validation(errors: FieldError[]): AppError {
    const detail = errors.map((error) => `${error.field}: ${error.message}`).join('; ');
    return new AppError('validation-failed', detail, { errors });
  }

  static notFound(what = 'resource'): AppError {
    return new AppError('not-found', `No such ${what}`);
  }
}
