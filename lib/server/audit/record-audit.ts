import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  organizationId: string;
  actorId: string | null;
  actorTokenId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

type AuditClient = Pick<Prisma.TransactionClient, "auditLog">;

// JSON columns cannot hold bigint; money is written as a decimal string.
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner))) as Prisma.InputJsonValue;
}

/** Appends one audit record; pass the transaction client so the record commits with the change. */
export async function recordAudit(entry: AuditEntry, client: AuditClient = db): Promise<void> {
  await client.auditLog.create({
    data: {
      organizationId: entry.organizationId,
      actorId: entry.actorId,
      actorTokenId: entry.actorTokenId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}
