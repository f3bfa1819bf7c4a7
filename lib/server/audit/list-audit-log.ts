import "server-only";
import { zonedWallTimeToUtc } from "@/lib/calendar/zoned-time";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { encodeAuditCursor, type AuditLogFilters } from "@/lib/validation/audit";
import { dayKey } from "@/lib/calendar/days";

export const AUDIT_PAGE_SIZE = 50;

function nextDay(day: string): string {
  return dayKey(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000));
}

/**
 * ADMIN: the audit log, newest first, filtered, one page at a time (keyset on createdAt, id: a page
 * stays stable while new records arrive). Dates are days in the organization's time zone.
 */
export async function listAuditLog(viewer: Viewer, filters: AuditLogFilters) {
  assertAdmin(viewer);
  const organizationId = viewer.organizationId;
  const timeZone = viewer.organization.timeZone;
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = zonedWallTimeToUtc(`${filters.from}T00:00`, timeZone);
  if (filters.to) createdAt.lt = zonedWallTimeToUtc(`${nextDay(filters.to)}T00:00`, timeZone);
  const where: Prisma.AuditLogWhereInput = {
    organizationId,
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
    ...(filters.cursor
      ? { OR: [{ createdAt: { lt: filters.cursor.createdAt } }, { createdAt: filters.cursor.createdAt, id: { lt: filters.cursor.id } }] }
      : {}),
  };
  const [rows, actions, entityTypes, users] = await Promise.all([
    db.auditLog.findMany({
      where,
      select: { id: true, createdAt: true, actorId: true, actorTokenId: true, action: true, entityType: true, entityId: true, before: true, after: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: AUDIT_PAGE_SIZE + 1,
    }),
    db.auditLog.groupBy({ by: ["action"], where: { organizationId }, orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], where: { organizationId }, orderBy: { entityType: "asc" } }),
    db.user.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  const tokenIds = [...new Set(page.flatMap((row) => (row.actorTokenId ? [row.actorTokenId] : [])))];
  const tokens = tokenIds.length ? await db.apiToken.findMany({ where: { organizationId, id: { in: tokenIds } }, select: { id: true, name: true } }) : [];
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const tokenNames = new Map(tokens.map((token) => [token.id, token.name]));
  return {
    entries: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      actor: row.actorId ? (userNames.get(row.actorId) ?? "Unknown user") : row.actorTokenId ? `API token: ${tokenNames.get(row.actorTokenId) ?? "unknown"}` : "System",
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
    })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? encodeAuditCursor({ createdAt: last.createdAt, id: last.id }) : null,
    options: { actions: actions.map((row) => row.action), entityTypes: entityTypes.map((row) => row.entityType), actors: users },
  };
}
