import "server-only";
import { readDb } from "@/lib/db";

export interface CoachingActivity {
  lastOneOnOne: string | null;
  nextOneOnOne: string | null;
  openCommitments: number;
  overdueCommitments: number;
}

/** Last and next one-on-one and open/overdue commitments for many members: two grouped queries. */
export async function loadCoachingActivity(organizationId: string, memberIds: readonly string[], today: string): Promise<Map<string, CoachingActivity>> {
  const result = new Map<string, CoachingActivity>(memberIds.map((id) => [id, { lastOneOnOne: null, nextOneOnOne: null, openCommitments: 0, overdueCommitments: 0 }]));
  if (memberIds.length === 0) return result;
  const ids = [...memberIds];
  const [meetings, commitments] = await Promise.all([
    readDb.$queryRaw<{ memberId: string; last: string | null; next: string | null }[]>`
      SELECT "memberId",
             to_char(MAX("scheduledAt") FILTER (WHERE "status" = 'COMPLETED'), 'YYYY-MM-DD') AS last,
             to_char(MIN("scheduledAt") FILTER (WHERE "status" IN ('SCHEDULED', 'IN_PROGRESS') AND "scheduledAt" >= ${today}::date), 'YYYY-MM-DD') AS next
      FROM "OneOnOne"
      WHERE "organizationId" = ${organizationId} AND "kind" = 'REP' AND "memberId" = ANY(${ids}::text[])
      GROUP BY "memberId"`,
    readDb.$queryRaw<{ memberId: string; open: number; overdue: number }[]>`
      SELECT "memberId", COUNT(*)::int AS open, COUNT(*) FILTER (WHERE "dueOn" < ${today}::date)::int AS overdue
      FROM "Commitment"
      WHERE "organizationId" = ${organizationId} AND "status" = 'OPEN' AND "memberId" = ANY(${ids}::text[])
      GROUP BY "memberId"`,
  ]);
  for (const row of meetings) {
    const entry = result.get(row.memberId);
    if (entry) Object.assign(entry, { lastOneOnOne: row.last, nextOneOnOne: row.next });
  }
  for (const row of commitments) {
    const entry = result.get(row.memberId);
    if (entry) Object.assign(entry, { openCommitments: Number(row.open), overdueCommitments: Number(row.overdue) });
  }
  return result;
}
