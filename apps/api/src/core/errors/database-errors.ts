import { AppError } from './app-error';

/**
 * The last net under the schemas: a database error a client's request can cause becomes the
 * answer it deserves instead of a 500. Prisma 7 over `@prisma/adapter-pg` wraps the driver's
 * error in a PrismaClientKnownRequestError whose `meta.driverAdapterError.cause` carries the
 * SQLSTATE (`originalCode`) and a `kind`; some pool failures arrive as the bare `pg` errors.
 * Read by shape rather than by class, so that every client instance's errors are recognised.
 */

/** Seconds a client should wait before retrying when the database is unavailable. */
const RETRY_AFTER_SECONDS = '5';

interface DatabaseFailure {
  /** Prisma's own code (`P2002`), when Prisma raised it. */
  prismaCode?: string;
  /** The PostgreSQL SQLSTATE (`23505`), when the server answered. */
  sqlState?: string;
  /** The adapter's classification (`DatabaseNotReachable`), when it made one. */
  kind?: string;
  /** The error code of a socket error (`ECONNREFUSED`). */
  socketCode?: string;
  message: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

const SQLSTATE = /^[0-9A-Z]{5}$/;

function describeFailure(error: unknown): DatabaseFailure | undefined {
  if (!isRecord(error)) return undefined;
  const message = text(error.message) ?? '';
  const code = text(error.code);
  const adapter = isRecord(error.meta) ? error.meta.driverAdapterError : undefined;
  const cause = isRecord(adapter) && isRecord(adapter.cause) ? adapter.cause : undefined;
  if (code?.startsWith('P') || cause) {
    return {
      prismaCode: code?.startsWith('P') ? code : undefined,
      sqlState: text(cause?.originalCode) ?? text(cause?.code),
      kind: text(cause?.kind),
      message,
    };
  }
  // A `pg` DatabaseError raised outside Prisma carries the SQLSTATE and a severity.
  if (code && SQLSTATE.test(code) && typeof error.severity === 'string') {
    return { sqlState: code, message };
  }
  if (code && typeof error.syscall === 'string') return { socketCode: code, message };
  return { message };
}

/** The pool's and client's own failures, which `pg` raises as plain errors with these texts. */
const POOL_FAILURES = [
  'timeout exceeded when trying to connect',
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

const UNAVAILABLE_PRISMA = new Set([
  'P1001', // can't reach the database server
  'P1002', // the server was reached but timed out
  'P1008', // operations timed out
  'P1017', // the server closed the connection
  'P2024', // timed out fetching a connection from the pool
  'P2028', // could not start the transaction in time (pool exhausted)
]);
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND']);

function isUnavailable(failure: DatabaseFailure): boolean {
  const state = failure.sqlState ?? '';
  return (
    (failure.prismaCode !== undefined && UNAVAILABLE_PRISMA.has(failure.prismaCode)) ||
    (failure.kind !== undefined && UNAVAILABLE_KINDS.has(failure.kind)) ||
    (failure.socketCode !== undefined && UNAVAILABLE_SOCKET.has(failure.socketCode)) ||
    // 08: connection exceptions; 53: out of resources (53300 too many connections);
    // 57P01-57P03: the server is shutting down or starting.
    state.startsWith('08') ||
    state.startsWith('53') ||
    ['57P01', '57P02', '57P03'].includes(state) ||
    POOL_FAILURES.includes(failure.message)
  );
}

/** Prisma's codes for a value the database could not take (too long, out of range, invalid). */
const BAD_VALUE_PRISMA = new Set(['P2000', 'P2006', 'P2007', 'P2020', 'P2033']);

/** The AppError a database failure stands for; undefined when it is not one (or a bug). */
export function fromDatabase(error: unknown): AppError | undefined {
  const failure = describeFailure(error);
  if (!failure) return undefined;
  if (isUnavailable(failure)) {
    return new AppError(
      'unavailable',
      'The database is unavailable; try again in a few seconds',
      {},
      { 'retry-after': RETRY_AFTER_SECONDS },
    );
  }
  if (
    failure.sqlState === '23505' ||
    failure.prismaCode === 'P2002' ||
    failure.kind === 'UniqueConstraintViolation'
  ) {
    return new AppError(
      'conflict',
      'Someone made the same change at the same moment; reload and try again',
    );
  }
  // An update or delete whose row another request removed between the read and the write.
  if (failure.prismaCode === 'P2025') {
    return new AppError('not-found', 'No such record: it was removed at the same moment');
  }
  if (
    failure.sqlState === '40001' ||
    failure.sqlState === '40P01' ||
    failure.prismaCode === 'P2034'
  ) {
    return new AppError('conflict', 'Another change got in the way; try again');
  }
  // Class 22 is "data exception": bad encoding (22021, NUL 22P05), a value that does not
  // cast (22P02, 22007, 22008), one out of range (22003) or too long (22001).
  if (failure.sqlState?.startsWith('22') || BAD_VALUE_PRISMA.has(failure.prismaCode ?? '')) {
    return new AppError('invalid-value', 'A value of the request could not be stored', {
      errors: [
        {
          field: 'request',
          message:
            'A value could not be stored: remove invisible characters or check that dates and numbers are real ones',
        },
      ],
    });
  }
  return undefined;
}
