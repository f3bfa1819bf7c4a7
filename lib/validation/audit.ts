// The audit-log viewer's URL: filters and a keyset cursor, each validated on its own so that one
// bad parameter is reported and ignored instead of hiding the whole log.
import { z } from "zod";
import { idSchema, isoDateSchema } from "@/lib/validation/common";

export interface AuditCursor {
  createdAt: Date;
  id: string;
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

export const auditCursorSchema = z
  .string()
  .max(200, "is too long")
  .regex(/^[A-Za-z0-9_-]+$/, "is not a page of this log")
  .transform((value, context): AuditCursor => {
    const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
    const createdAt = new Date(iso ?? "");
    if (!id || !idSchema.safeParse(id).success || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso) {
      context.addIssue({ code: "custom", message: "is not a page of this log" });
      return z.NEVER;
    }
    return { createdAt, id };
  });

export const auditLogFiltersSchema = z
  .object({
    action: z.string().max(80, "is too long").regex(/^[a-z0-9_.]+$/, "is not an audit action").optional(),
    entityType: z.string().max(40, "is too long").regex(/^[A-Za-z]+$/, "is not an entity type").optional(),
    actor: idSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    cursor: auditCursorSchema.optional(),
  })
  .refine((value) => !value.from || !value.to || value.from <= value.to, { path: ["to"], message: "must not be before the start date" });
export type AuditLogFilters = z.output<typeof auditLogFiltersSchema>;

const FIELDS = ["action", "entityType", "actor", "from", "to", "cursor"] as const;
type SearchParams = Record<string, string | string[] | undefined>;

/** The filters of a request's search params; an empty value means "any", an invalid one is reported and dropped. */
export function parseAuditLogFilters(searchParams: SearchParams): { filters: AuditLogFilters; problems: string[] } {
  const raw: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = searchParams[field];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) raw[field] = first;
  }
  const problems: string[] = [];
  for (let attempt = 0; attempt <= FIELDS.length; attempt++) {
    const parsed = auditLogFiltersSchema.safeParse(raw);
    if (parsed.success) return { filters: parsed.data, problems };
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "filters");
      problems.push(`${field}: ${issue.message}`);
      delete raw[field];
    }
  }
  return { filters: {}, problems };
}
