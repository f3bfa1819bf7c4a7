import "server-only";
import { readDb } from "@/lib/db";
import { addDays, todayIn } from "@/lib/calendar/days";
import { visibleRepsWhere } from "@/lib/access/policy";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

export interface CommitmentCounts {
  done: number;
  missed: number;
  /** Closed by a carry-over: counted by how their successor ends, not as a miss. */
  carriedOver: number;
  open: number;
  overdue: number;
  /** done / (done + missed); null when nothing due in the window is resolved yet. */
  completionRate: number | null;
}

export interface CommitmentCompletionRates {
  window: { from: string; to: string };
  reps: (CommitmentCounts & { repId: string; managerId: string | null })[];
  managers: (CommitmentCounts & { managerId: string })[];
}

const rateOf = (counts: Omit<CommitmentCounts, "completionRate">): number | null => (counts.done + counts.missed > 0 ? counts.done / (counts.done + counts.missed) : null);

/**
 * Commitment completion per rep and per manager (the reps of the teams they run), over the
 * commitments due in the window (default: the last 90 days up to today). One grouped query.
 * Scoped like the reps: a REP gets themself, a MANAGER their teams, a VP or ADMIN the organization
 * (or one team with `teamId`). Aggregates only — no commitment text leaves here.
 */
export async function getCommitmentCompletionRates(viewer: Viewer, options: { teamId?: string; from?: string; to?: string } = {}): Promise<CommitmentCompletionRates> {
  const today = todayIn(viewer.organization.timeZone);
  const to = options.to ?? today;
  const from = options.from ?? addDays(to, -89);
  const team = options.teamId ? await getVisibleTeam(viewer, options.teamId) : null;
  const reps = await readDb.user.findMany({
    where: { AND: [visibleRepsWhere(viewer), team ? { teamId: team.id } : {}] },
    select: { id: true, team: { select: { managerId: true } } },
    orderBy: { name: "asc" },
  });
  if (reps.length === 0) return { window: { from, to }, reps: [], managers: [] };

  const rows = await readDb.$queryRaw<{ memberId: string; done: number; missed: number; carried: number; open: number; overdue: number }[]>`
    SELECT c."memberId",
           COUNT(*) FILTER (WHERE c."status" = 'DONE')::int AS done,
           COUNT(*) FILTER (WHERE c."status" = 'MISSED' AND successor."id" IS NULL)::int AS missed,
           COUNT(*) FILTER (WHERE c."status" = 'MISSED' AND successor."id" IS NOT NULL)::int AS carried,
           COUNT(*) FILTER (WHERE c."status" = 'OPEN')::int AS open,
           COUNT(*) FILTER (WHERE c."status" = 'OPEN' AND c."dueOn" < ${today}::date)::int AS overdue
    FROM "Commitment" c
    LEFT JOIN LATERAL (
      SELECT s."id" FROM "Commitment" s WHERE s."organizationId" = c."organizationId" AND s."carriedFromId" = c."id" LIMIT 1
    ) successor ON true
    WHERE c."organizationId" = ${viewer.organizationId}
      AND c."memberId" = ANY(${reps.map((rep) => rep.id)}::text[])
      AND c."dueOn" BETWEEN ${from}::date AND ${to}::date
    GROUP BY c."memberId"`;
  const byRep = new Map(rows.map((row) => [row.memberId, row]));

  const managers = new Map<string, Omit<CommitmentCounts, "completionRate">>();
  const repRates = reps.map((rep) => {
    const row = byRep.get(rep.id);
    const counts = { done: Number(row?.done ?? 0), missed: Number(row?.missed ?? 0), carriedOver: Number(row?.carried ?? 0), open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
    const managerId = rep.team?.managerId ?? null;
    if (managerId) {
      const total = managers.get(managerId) ?? { done: 0, missed: 0, carriedOver: 0, open: 0, overdue: 0 };
      for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += counts[key];
      managers.set(managerId, total);
    }
    return { repId: rep.id, managerId, ...counts, completionRate: rateOf(counts) };
  });
  return {
    window: { from, to },
    reps: repRates,
    managers: [...managers.entries()].map(([managerId, counts]) => ({ managerId, ...counts, completionRate: rateOf(counts) })),
  };
}
