import "server-only";
import { z } from "zod";
import { ExpectedError, isDatabaseUnavailable, RateLimitedError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";

export interface ApiErrorBody {
  error: { code: string; message: string; details: unknown };
}

export function apiError(status: number, code: string, message: string, details: unknown = null, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, details } } satisfies ApiErrorBody, { status, headers });
}

/** Names the field and the problem, e.g. "email: Invalid email address". */
export function describeZodError(error: z.ZodError): { message: string; details: { path: string; message: string }[] } {
  const details = error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || "(body)", message: issue.message }));
  const first = details[0];
  const message = first ? `${first.path}: ${first.message}${details.length > 1 ? ` (and ${details.length - 1} more)` : ""}` : "Invalid input";
  return { message, details };
}

/** Expected errors become their status; a database outage a 503; anything else a logged, generic 500. */
export function errorToResponse(error: unknown, context: { method: string; path: string }): Response {
  if (error instanceof RateLimitedError) return apiError(429, error.code, error.message, error.details, { "Retry-After": String(error.retryAfterSeconds) });
  if (error instanceof ExpectedError) return apiError(error.status, error.code, error.message, error.details ?? null);
  if (error instanceof z.ZodError) {
    const { message, details } = describeZodError(error);
    return apiError(400, "invalid_input", message, details);
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn("database unavailable", { ...context });
    return apiError(503, "unavailable", "The database is unavailable; try again in a moment", null, { "Retry-After": "5" });
  }
  logger.error("unexpected API error", { ...context, error: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
  return apiError(500, "internal", "Something went wrong on our side; it has been logged");
}
