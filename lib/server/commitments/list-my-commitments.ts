import "server-only";
import { primaryPool } from "@/lib/db";
import { todayIn } from "@/lib/calendar/days";
import { formatDateTime } from "@/lib/format";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface MyCommitment {
  id: string;
  text: string;
  dueOn: string;
  overdue: boolean;
  /** The leader one-on-one it was agreed in. */
  oneOnOne: { id: string; label: string };
}

const LIMIT = 20;

/**
 * A manager's own open commitments from their one-on-ones with their VP (LEADER meetings): the ones
 * they must do themselves, soonest due first. Only ever the viewer's own — the query is keyed on the
 * viewer as both the member and the owner, so no id from outside can widen it.
 */
export async function listMyCommitments(viewer: Viewer): Promise<MyCommitment[]> {
  if (viewer.kind !== "user") return [];
  // One statement on every manager's dashboard: plain node-postgres with the join, instead of the
  // ORM's two queries (the commitments, then their meetings) and its row mapping (issue #21).
  const { rows } = await primaryPool().query<{ id: string; text: string; dueOn: string; oneOnOneId: string; scheduledAt: string }>(
    `SELECT c."id", c."text", c."dueOn"::text AS "dueOn", o."id" AS "oneOnOneId", to_char(o."scheduledAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "scheduledAt"
     FROM "Commitment" c JOIN "OneOnOne" o ON o."id" = c."oneOnOneId"
     WHERE c."organizationId" = $1 AND c."memberId" = $2 AND c."ownerId" = $2 AND c."status" = 'OPEN'
       AND o."organizationId" = $1 AND o."kind" = 'LEADER' AND o."memberId" = $2
     ORDER BY c."dueOn" ASC, c."createdAt" ASC
     LIMIT ${LIMIT}`,
    [viewer.organizationId, viewer.id],
  );
  const timeZone = viewer.organization.timeZone;
  const today = todayIn(timeZone);
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    dueOn: row.dueOn,
    overdue: row.dueOn < today,
    oneOnOne: { id: row.oneOnOneId, label: formatDateTime(new Date(row.scheduledAt), timeZone) },
  }));
}
