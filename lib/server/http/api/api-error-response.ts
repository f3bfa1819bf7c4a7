import "server-only";
import { z } from "zod";
import { ExpectedError, isDatabaseUnavailable, RateLimitedError } from "@/lib/server/http/errors";
import { logger } from "@/lib/server/runtime/logger";

/**
 * One shape for every error's details: null, or a list of `{ path, message }` where `path` names the
 * field ("name", "teams.0.amount", "period"). Row errors (422) also carry `row` and `column`, and
 * their path is "<row>.<column>" (or "<row>" for a whole row).
 */
export interface ErrorDetail {
  path: string;
  message: string;
  row?: number;
  column?: string | null;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details: ErrorDetail[] | null };
}

export function apiError(status: number, code: string, message: string, details: ErrorDetail[] | null = null, headers?: HeadersInit): Response {
  return Response.json({ error: { code, message, details } } satisfies ApiErrorBody, { status, headers });
}

/** Names the field and the problem, e.g. "email: Invalid email address". */
export function describeZodError(error: z.ZodError, root: "(body)" | "(query)" = "(body)"): { message: string; details: { path: string; message: string }[] } {
  const details = error.issues.map((issue) => ({ path: issue.path.map(String).join(".") || root, message: issue.message }));
  const first = details[0];
  const message = first ? `${first.path}: ${first.message}${details.length > 1 ? ` (and ${details.length - 1} more)` : ""}` : "Invalid input";
  return { message, details };
}

const rowProblemSchema = z.object({ row: z.number(), column: z.string().nullable(), message: z.string() });
const pathProblemSchema = z.object({ path: z.string(), message: z.string() });
const fieldErrorsSchema = z.record(z.string(), z.array(z.string()));
const overAllocationsSchema = z.object({ overAllocations: z.array(z.object({ scope: z.string(), name: z.string().nullish(), goal: z.number().nullable(), allocated: z.number().nullable(), over: z.number().nullable() })) });

/** What operations attach to their errors (row problems, field errors, over-allocations …) in the one shape. */
export function toErrorDetails(details: unknown): ErrorDetail[] | null {
  if (details === null || details === undefined) return null;
  if (Array.isArray(details)) {
    const list = details.flatMap((item): ErrorDetail[] => {
      const row = rowProblemSchema.safeParse(item);
      if (row.success) return [{ path: row.data.column ? `${row.data.row}.${row.data.column}` : String(row.data.row), message: row.data.message, row: row.data.row, column: row.data.column }];
      const field = pathProblemSchema.safeParse(item);
      return field.success ? [{ path: field.data.path, message: field.data.message }] : [];
    });
    return list.length ? list : null;
  }
  const over = overAllocationsSchema.safeParse(details);
  if (over.success) {
    return over.data.overAllocations.map((scope) => ({
      path: scope.scope === "organization" ? "organization" : `teams.${scope.name ?? scope.scope}`,
      message: `allocated ${scope.allocated ?? 0} of a goal of ${scope.goal ?? 0} (over by ${scope.over ?? 0})`,
    }));
  }
  const fields = fieldErrorsSchema.safeParse(details);
  if (fields.success) {
    const list = Object.entries(fields.data).flatMap(([path, messages]) => messages.map((message) => ({ path, message })));
    return list.length ? list : null;
  }
  // Anything else (e.g. the seconds to wait, which Retry-After carries) is not a field problem.
  return null;
}

/** Expected errors become their status; a database outage a 503; anything else a logged, generic 500. */
export function errorToResponse(error: unknown, context: { method: string; path: string }): Response {
  if (error instanceof RateLimitedError) return apiError(429, error.code, error.message, null, { "Retry-After": String(error.retryAfterSeconds) });
  if (error instanceof ExpectedError) return apiError(error.status, error.code, error.message, toErrorDetails(error.details));
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
