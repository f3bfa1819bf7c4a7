import "server-only";
import { db } from "@/lib/db";

/**
 * Organizations whose weekly digest is due: it is Monday `localHour`:00 or later of the current
 * week in the organization's own time zone, and an active manager with a team has no digest for
 * that week yet. A missed tick (workers down on Monday morning) is caught up by the next one.
 */
export async function findDueDigests(localHour: number): Promise<{ organizationId: string; weekOf: string }[]> {
  return db.$queryRaw<{ organizationId: string; weekOf: string }[]>`
    WITH local AS (
      SELECT o."id", now() AT TIME ZONE o."timeZone" AS "localNow", date_trunc('week', now() AT TIME ZONE o."timeZone") AS "weekStart"
      FROM "Organization" o
    )
    SELECT local."id" AS "organizationId", to_char(local."weekStart", 'YYYY-MM-DD') AS "weekOf"
    FROM local
    WHERE local."localNow" >= local."weekStart" + make_interval(hours => ${localHour})
      AND EXISTS (
        SELECT 1 FROM "User" manager
        WHERE manager."organizationId" = local."id" AND manager."role" = 'MANAGER' AND manager."active"
          AND EXISTS (SELECT 1 FROM "Team" team WHERE team."managerId" = manager."id")
          AND NOT EXISTS (SELECT 1 FROM "ManagerDigest" digest WHERE digest."managerId" = manager."id" AND digest."weekOf" = local."weekStart"::date)
      )
    ORDER BY local."id"`;
}
