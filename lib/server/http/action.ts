import "server-only";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { ExpectedError, InvalidInputError, isDatabaseUnavailable, type FieldErrors } from "@/lib/server/http/errors";
import { logger } from "@/lib/server/runtime/logger";
import { getViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { can, type ViewerPermission } from "@/lib/access/policy";

// Server actions are public endpoints: every one goes through viewerAction, which authenticates,
// re-reads the viewer, validates with zod, and turns expected errors into a message for the form
// (unexpected ones are logged and shown as a generic text).

export type { ActionState } from "@/lib/action-state";

function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    object[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return object;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function viewerAction<TSchema extends z.ZodType, TResult = undefined>(
  schema: TSchema,
  handler: (viewer: Viewer, input: z.infer<TSchema>) => Promise<TResult | void>,
  options: { permission?: ViewerPermission } = {},
) {
  return async (_previous: unknown, payload: FormData | z.input<TSchema>): Promise<ActionState<TResult>> => {
    try {
      const viewer = await getViewer();
      if (!viewer) return { ok: false, message: "Your session has ended; sign in again." };
      if (options.permission && !can(viewer, options.permission)) return { ok: false, message: "You are not allowed to do this." };
      const parsed = schema.safeParse(payload instanceof FormData ? formDataToObject(payload) : payload);
      if (!parsed.success) {
        const fieldErrors = fieldErrorsOf(parsed.error);
        const [field, messages] = Object.entries(fieldErrors)[0] ?? ["form", ["is invalid"]];
        return { ok: false, message: `Check ${field}: ${messages[0]}`, fieldErrors };
      }
      const data = await handler(viewer, parsed.data);
      return data === undefined ? { ok: true } : { ok: true, data: data as TResult };
    } catch (error) {
      if (error instanceof InvalidInputError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      if (error instanceof ExpectedError) return { ok: false, message: error.message };
      if (isDatabaseUnavailable(error)) return { ok: false, message: "The database is unavailable; nothing was saved. Try again in a moment." };
      // Next's redirect() and notFound() are control flow, not failures.
      if (error instanceof Error && "digest" in error && typeof error.digest === "string" && /^NEXT_(REDIRECT|HTTP_ERROR|NOT_FOUND)/.test(error.digest)) throw error;
      logger.error("unexpected action error", { error: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
      return { ok: false, message: "Something went wrong on our side; nothing was saved." };
    }
  };
}
