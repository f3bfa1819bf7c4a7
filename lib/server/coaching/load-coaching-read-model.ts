import "server-only";
import { cache } from "react";
import { db, primaryPool, readPool } from "@/lib/db";
import type { CoachingWindow } from "@/lib/calendar/coaching-window";
import { periodDays } from "@/lib/calendar/period";
import { todayIn } from "@/lib/calendar/days";
import { fiscalQuarterOf, type Period } from "@/lib/calendar/periods";
import { zonedDay } from "@/lib/calendar/zoned-time";
import { cadenceStanding, type Cadence, type CadenceStanding } from "@/lib/coaching/cadence";
import { coachGroup, quotasForPeriod, quotasForWindow } from "@/lib/coaching/coach-group";
import { paceCoachedGroup, periodToDate } from "@/lib/coaching/pacing";
import { visibleTeamsWhere } from "@/lib/access/policy";
import { NotFoundError } from "@/lib/server/http/errors";
import { loadRequestFunnelSources } from "@/lib/server/deals/load-funnel-sources";
import { loadStageTotals } from "@/lib/server/coaching/load-stage-totals";
import { loadRevenueWon } from "@/lib/server/coaching/load-revenue-won";
import { loadQuotaRows, type CoachedGroup } from "@/lib/server/coaching/compute-coaching";
import type { OrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// The coaching read model of one team for one request: visibility, settings, roster, activity,
// quotas, one-on-ones and commitments are each read ONCE, then the pure engine computes every
// figure the screens show (lib/coaching). The team dashboard, the leader one-on-one snapshot, the
// weekly manager digest and the tests that compare surfaces read from here.

export interface VisibleTeam {
  id: string;
  name: string;
  managerId: string | null;
}

// Teams whose visibility was decided here, with the viewer it was decided for: a page that checks
// before streaming hands the team on, and the read model does not ask again.
const checkedFor = new WeakMap<VisibleTeam, Viewer>();

/** The team, if the viewer may see it (NotFoundError otherwise); once per request. */
export const resolveVisibleTeam = cache(async (viewer: Viewer, teamId: string): Promise<VisibleTeam> => {
  // One query (the manager's name comes with the roster).
  const team = await db.team.findFirst({ where: { AND: [visibleTeamsWhere(viewer), { id: teamId }] }, select: { id: true, name: true, managerId: true } });
  if (!team) throw new NotFoundError("Team");
  checkedFor.set(team, viewer);
  return team;
});

/** A team already checked for this viewer, or its id to check now. */
export type TeamRef = string | VisibleTeam;

export function checkedTeam(viewer: Viewer, team: TeamRef): Promise<VisibleTeam> {
  if (typeof team !== "string" && checkedFor.get(team) === viewer) return Promise.resolve(team);
  return resolveVisibleTeam(viewer, typeof team === "string" ? team : team.id);
}

export interface RosterRep {
  id: string;
  name: string;
  email: string;
  teamId: string | null;
  /** Day (organization time zone) the rep joined the team: their current membership, else their account. */
  onTeamFrom: string;
  /** The team manager's cadence, else the organization's. */
  cadence: Cadence;
  managerName: string | null;
}

interface RosterRow {
  id: string;
  name: string;
  email: string;
  teamId: string | null;
  joinedAt: string;
  cadence: Cadence | null;
  managerName: string | null;
  managerCapacityMinutes: number | null;
}

/** The active reps of one team with what cadence needs, in one query that needs no settings (the read model sends it with them). */
const loadTeamRosterRows = cache(async (organizationId: string, teamId: string): Promise<RosterRow[]> => {
  // The primary, like the team itself: a rep just added shows on the next render. Plain
  // node-postgres, like the read model's other statements: no ORM raw-query layer (issue #21).
  const { rows } = await primaryPool().query<RosterRow>(
    `SELECT u."id", u."name", u."email", u."teamId",
           to_char(COALESCE(membership."startedAt", u."createdAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "joinedAt",
           manager."cadence"::text AS "cadence", manager."name" AS "managerName", manager."coachingCapacityMinutes" AS "managerCapacityMinutes"
    FROM "User" u
    JOIN "Team" t ON t."id" = u."teamId" AND t."organizationId" = u."organizationId"
    LEFT JOIN "User" manager ON manager."id" = t."managerId" AND manager."organizationId" = u."organizationId"
    LEFT JOIN LATERAL (
      SELECT m."startedAt" FROM "TeamMembership" m
      WHERE m."organizationId" = u."organizationId" AND m."userId" = u."id" AND m."teamId" = u."teamId" AND m."endedAt" IS NULL
      ORDER BY m."startedAt" DESC LIMIT 1
    ) membership ON true
    WHERE u."organizationId" = $1 AND u."teamId" = $2 AND u."role" = 'REP' AND u."active"
    ORDER BY u."name" ASC`,
    [organizationId, teamId],
  );
  return rows;
});

function toRosterRep(row: RosterRow, timeZone: string, defaultCadence: Cadence): RosterRep {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    teamId: row.teamId,
    onTeamFrom: zonedDay(new Date(row.joinedAt), timeZone),
    cadence: row.cadence ?? defaultCadence,
    managerName: row.managerName,
  };
}

export interface OneOnOneDates {
  /** Day of the last completed rep one-on-one (organization time zone), with any coach. */
  lastCompletedOn: string | null;
  /** Day of the earliest scheduled or running one. */
  nextScheduledOn: string | null;
}

/** Last and next rep one-on-one per member, in one grouped query. */
export async function loadOneOnOneDates(organizationId: string, memberIds: readonly string[], timeZone: string): Promise<Map<string, OneOnOneDates>> {
  const result = new Map<string, OneOnOneDates>(memberIds.map((id) => [id, { lastCompletedOn: null, nextScheduledOn: null }]));
  if (memberIds.length === 0) return result;
  const { rows } = await readPool().query<{ memberId: string; last: string | null; next: string | null }>(
    `SELECT "memberId",
           to_char(MAX("scheduledAt") FILTER (WHERE "status" = 'COMPLETED'), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last,
           to_char(MIN("scheduledAt") FILTER (WHERE "status" IN ('SCHEDULED', 'IN_PROGRESS')), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS next
    FROM "OneOnOne"
    WHERE "organizationId" = $1 AND "kind" = 'REP' AND "memberId" = ANY($2::text[])
    GROUP BY "memberId"`,
    [organizationId, [...memberIds]],
  );
  for (const row of rows) {
    result.set(row.memberId, {
      lastCompletedOn: row.last ? zonedDay(new Date(row.last), timeZone) : null,
      nextScheduledOn: row.next ? zonedDay(new Date(row.next), timeZone) : null,
    });
  }
  return result;
}

export interface CommitmentStanding {
  /** Open, whatever the due date. */
  open: number;
  /** Open and due before today: the one definition of "overdue" on every screen. */
  overdue: number;
  /** Due in the window: done, missed (not carried over), and carried over to a successor. */
  done: number;
  missed: number;
  carriedOver: number;
}

const NO_COMMITMENTS: CommitmentStanding = { open: 0, overdue: 0, done: 0, missed: 0, carriedOver: 0 };

/** Open and overdue commitments per member, and how those due in the window ended: one grouped query. */
export async function loadCommitmentStanding(organizationId: string, memberIds: readonly string[], today: string, window: { from: string; to: string }): Promise<Map<string, CommitmentStanding>> {
  const result = new Map<string, CommitmentStanding>(memberIds.map((id) => [id, { ...NO_COMMITMENTS }]));
  if (memberIds.length === 0) return result;
  const { rows } = await readPool().query<{ memberId: string; open: number; overdue: number; done: number; missed: number; carried: number }>(
    `SELECT c."memberId",
           COUNT(*) FILTER (WHERE c."status" = 'OPEN')::int AS open,
           COUNT(*) FILTER (WHERE c."status" = 'OPEN' AND c."dueOn" < $3::date)::int AS overdue,
           COUNT(*) FILTER (WHERE c."status" = 'DONE' AND c."dueOn" BETWEEN $4::date AND $5::date)::int AS done,
           COUNT(*) FILTER (WHERE c."status" = 'MISSED' AND successor."id" IS NULL AND c."dueOn" BETWEEN $4::date AND $5::date)::int AS missed,
           COUNT(*) FILTER (WHERE c."status" = 'MISSED' AND successor."id" IS NOT NULL AND c."dueOn" BETWEEN $4::date AND $5::date)::int AS carried
    FROM "Commitment" c
    LEFT JOIN LATERAL (
      SELECT s."id" FROM "Commitment" s WHERE c."status" = 'MISSED' AND s."organizationId" = c."organizationId" AND s."carriedFromId" = c."id" LIMIT 1
    ) successor ON true
    WHERE c."organizationId" = $1
      AND c."memberId" = ANY($2::text[])
      AND (c."status" = 'OPEN' OR c."dueOn" BETWEEN $4::date AND $5::date)
    GROUP BY c."memberId"`,
    [organizationId, [...memberIds], today, window.from, window.to],
  );
  for (const row of rows) {
    result.set(row.memberId, { open: Number(row.open), overdue: Number(row.overdue), done: Number(row.done), missed: Number(row.missed), carriedOver: Number(row.carried) });
  }
  return result;
}

/** done / (done + missed); null when nothing due in the window is resolved yet. */
export const completionRate = (counts: Pick<CommitmentStanding, "done" | "missed">): number | null => (counts.done + counts.missed > 0 ? counts.done / (counts.done + counts.missed) : null);

export interface TeamReadModel {
  team: VisibleTeam;
  settings: OrganizationCoachingSettings;
  window: CoachingWindow;
  today: string;
  quarter: Period;
  roster: RosterRep[];
  /** The team manager's weekly coaching minutes (null: not set, no manager, or no reps to share them). */
  managerCapacityMinutes: number | null;
  group: CoachedGroup;
  pacing: ReturnType<typeof paceCoachedGroup>;
  cadence: Map<string, CadenceStanding & { nextScheduledOn: string | null }>;
  commitments: Map<string, CommitmentStanding>;
}

/**
 * Everything the team's screens show over one resolved period (lib/calendar/period.ts), for a
 * viewer who may see the team (NotFoundError otherwise): at most twelve statements in two round
 * trips whatever the team's size, each input read once. The quarter's pacing stays the current quarter's.
 */
export function loadTeamReadModel(viewer: Viewer, teamRef: TeamRef, period: CoachingWindow, settings: OrganizationCoachingSettings): Promise<TeamReadModel> {
  return loadTeamReadModelOnce(viewer, teamRef, settings, period.key, period.label, period.from, period.to);
}

// Primitive arguments: React's cache() compares them by identity, and two screens resolving the
// same period must share one read. The settings are those the period was resolved with (read once).
const loadTeamReadModelOnce = cache(async (viewer: Viewer, teamRef: TeamRef, settings: OrganizationCoachingSettings, key: string, label: string, from: string, to: string): Promise<TeamReadModel> => {
  // Two round trips whatever the team's size: what needs only the organization and the team id
  // (visibility, roster, funnel sources) together, then every figure of the period. The roster is
  // read alongside the visibility check and used only once the check has passed.
  const teamId = typeof teamRef === "string" ? teamRef : teamRef.id;
  const [team, rosterRows, funnelSources] = await Promise.all([checkedTeam(viewer, teamRef), loadTeamRosterRows(viewer.organizationId, teamId), loadRequestFunnelSources(viewer.organizationId)]);
  const window: CoachingWindow = { key, label, from, to, days: periodDays(from, to) };
  const today = todayIn(settings.timeZone);
  const quarter = fiscalQuarterOf(today, settings.fiscalYearStartMonth);
  const roster = rosterRows.map((row) => toRosterRep(row, settings.timeZone, settings.defaultCadence));
  const repIds = roster.map((rep) => rep.id);
  const toDate = periodToDate(quarter, today);

  const [stageTotals, quotas, wonToDate, meetings, commitments] = await Promise.all([
    loadStageTotals(viewer.organizationId, repIds, window, funnelSources),
    // One quota read for both the window's pro-rated quota and the quarter's.
    loadQuotaRows(viewer.organizationId, repIds, window, quarter.key),
    // The quarter to date needs revenue alone: not every stage with the data checks' day log.
    toDate ? loadRevenueWon(viewer.organizationId, repIds, toDate, funnelSources) : Promise.resolve(new Map<string, number>()),
    loadOneOnOneDates(viewer.organizationId, repIds, settings.timeZone),
    loadCommitmentStanding(viewer.organizationId, repIds, today, window),
  ]);
  const group = coachGroup({ settings, teamId: team.id, reps: roster, window, inputs: { stageTotals, quotas: quotasForWindow(quotas, window) } });
  const standing = {
    quotaMinor: quotasForPeriod(quotas, quarter.key),
    wonToDateMinor: new Map(repIds.map((id) => [id, wonToDate.get(id) ?? 0])),
  };
  const pacing = paceCoachedGroup({ group, standing, period: quarter, today });
  const cadence = new Map(
    roster.map((rep) => {
      const dates = meetings.get(rep.id);
      return [rep.id, { ...cadenceStanding({ cadence: rep.cadence, lastOneOnOneOn: dates?.lastCompletedOn ?? null, onTeamFrom: rep.onTeamFrom, asOf: today }), nextScheduledOn: dates?.nextScheduledOn ?? null }];
    }),
  );
  // The manager's capacity rides on the roster's join (a statement less per dashboard, issue #21).
  const managerCapacityMinutes = rosterRows[0]?.managerCapacityMinutes ?? null;
  return { team, settings, window, today, quarter, roster, managerCapacityMinutes, group, pacing, cadence, commitments };
});
