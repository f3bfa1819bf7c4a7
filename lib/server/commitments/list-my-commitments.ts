import "server-only";
import { db } from "@/lib/db";
import { todayIn, dayKey } from "@/lib/calendar/days";
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
  const rows = await db.commitment.findMany({
    where: {
      organizationId: viewer.organizationId,
      memberId: viewer.id,
      ownerId: viewer.id,
      status: "OPEN",
      oneOnOne: { organizationId: viewer.organizationId, kind: "LEADER", memberId: viewer.id },
    },
    select: { id: true, text: true, dueOn: true, oneOnOne: { select: { id: true, scheduledAt: true } } },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
    take: LIMIT,
  });
  const timeZone = viewer.organization.timeZone;
  const today = todayIn(timeZone);
  return rows.flatMap((row) => {
    if (!row.oneOnOne) return [];
    const dueOn = dayKey(row.dueOn);
    return [
      {
        id: row.id,
        text: row.text,
        dueOn,
        overdue: dueOn < today,
        oneOnOne: { id: row.oneOnOne.id, label: formatDateTime(row.oneOnOne.scheduledAt, timeZone) },
      },
    ];
  });
}
