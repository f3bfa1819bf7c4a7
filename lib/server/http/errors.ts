// Expected failures of a scoped operation. Wrappers turn them into a message and a status;
// anything else is unexpected, logged, and shown as a generic error.
export type { FieldErrors } from "@/lib/action-state";
import type { FieldErrors } from "@/lib/action-state";

export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Unknown id, or an id the viewer may not see: both answer 404 so ids cannot be probed. */
export class NotFoundError extends ExpectedError {
  constructor(what = "Record") {
    super(`${what} not found`, 404, "not_found");
  }
}

export class ForbiddenError extends ExpectedError {
  constructor(message = "You are not allowed to do this") {
    super(message, 403, "forbidden");
  }
}

export class InvalidInputError extends ExpectedError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message, 400, "invalid_input", fieldErrors);
  }
}

export class ConflictError extends ExpectedError {
  constructor(message: string, details?: unknown) {
    super(message, 409, "conflict", details);
  }
}

export class UnprocessableRowsError extends ExpectedError {
  constructor(message: string, rows: { row: number; column: string | null; message: string }[]) {
    super(message, 422, "invalid_rows", rows);
  }
}

export class PayloadTooLargeError extends ExpectedError {
  constructor(message: string) {
    super(message, 413, "too_large");
  }
}

export class RateLimitedError extends ExpectedError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, 429, "rate_limited", { retryAfterSeconds });
  }
}

/** Connection-level failures (database down or restarting) become a clear 503, not a 500. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ""}` : String(error);
  // Prisma reports an unreachable server as P1001 "Can't reach database server" (P1002 timed out, P1017 closed).
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|Connection terminated|connect ECONN|DatabaseNotReachable|timeout exceeded when trying to connect|P1001|P1002|P1017|Can't reach database server/i.test(text);
}
