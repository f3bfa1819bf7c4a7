import "server-only";
import { loadExperimentVerdicts, type ExperimentReading } from "@/lib/server/coaching/load-experiment-verdicts";
import { loadCoachedPlanFacts, type PlanRow } from "@/lib/server/scorecard/load-coached-plan-facts";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { addDays, todayIn, dayKey } from "@/lib/calendar/days";
import type { FunnelStageDef } from "@/lib/coaching";
import {
  computeScorecards,
  scorecardWindows,
  type CoachedPlanFact,
  type CommitmentOutcomes,
  type FeedbackReading,
  type LeaderCompetencyRef,
  type ManagerFacts,
  type OrganizationScorecards,
  type ScorecardWindow,
} from "@/lib/coaching/scorecard";

// Feeds the pure scorecard (lib/coaching/scorecard/) for every manager of an organization over
// the trend windows, with a fixed number of grouped queries whatever the number of managers and
// reps: managers and competencies, reps, one-on-ones, commitments, feedback, plans, and (only when
// there are plans to compare) weekly activity. The callers check who may see what.

export interface ScorecardManager {
  id: string;
  name: string;
  cadence: Cadence;
  teams: { id: string; name: string }[];
  repCount: number;
}

export interface LoadedScorecards {
  asOf: string;
  timeZone: string;
  windows: ScorecardWindow[];
  managers: ScorecardManager[];
  leaderCompetencies: LeaderCompetencyRef[];
  scorecards: OrganizationScorecards;
}

const day = dayKey;
const NO_OUTCOMES: CommitmentOutcomes = { onTime: 0, late: 0, missed: 0, overdue: 0 };
const NO_RATINGS: RatingTotals = { count: 0, ratingSum: 0 };

/** Feedback for a screen that shows no free text (the organization table, an ADMIN). */
export function withoutComments(reading: FeedbackReading): FeedbackReading {
  return reading.status === "shown" ? { ...reading, comments: [] } : reading;
}

export async function loadOrganizationScorecards(
  organizationId: string,
  options: { asOf?: string; commentsFor?: string | null; random?: () => number } = {},
): Promise<LoadedScorecards> {
  const [organization, managerRows, leaderCompetencies] = await Promise.all([loadOrganization(organizationId), loadManagers(organizationId), loadLeaderCompetencies(organizationId)]);
  const asOf = options.asOf ?? todayIn(organization.timeZone);
  const windows = scorecardWindows(asOf);
  const repsOfManager = await loadRepsOf(organizationId, managerRows, organization.timeZone);
  const repIds = [...repsOfManager.values()].flatMap((team) => team.map((rep) => rep.id));
  const scope = scorecardScope({ organizationId, timeZone: organization.timeZone, asOf, windows, managerIds: managerRows.map((manager) => manager.id), repIds });
  const activity = await loadActivityFacts(scope, options.commentsFor ?? null);
  const planFacts = await loadPlanFacts(scope, organization, activity.plans);

  const managers = managerRows.map((manager) => toManagerFacts(scope, manager, repsOfManager.get(manager.id) ?? [], activity, planFacts, organization.defaultCadence, options.commentsFor ?? null));
  return {
    asOf,
    timeZone: organization.timeZone,
    windows,
    managers: managerRows.map((manager) => ({
      id: manager.id,
      name: manager.name,
      cadence: manager.cadence ?? organization.defaultCadence,
      teams: manager.managedTeams,
      repCount: repsOfManager.get(manager.id)?.length ?? 0,
    })),
    leaderCompetencies,
    scorecards: computeScorecards({ windows, managers, leaderCompetencies }, { random: options.random }),
  };
}

interface ScorecardOrganization {
  id: string;
  timeZone: string;
  currency: string;
  defaultCadence: Cadence;
  stages: FunnelStageDef[];
}

async function loadOrganization(organizationId: string): Promise<ScorecardOrganization> {
  const organization = await readDb.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { timeZone: true, currency: true, defaultCadence: true, funnelStages: { select: { key: true, label: true }, orderBy: { position: "asc" } } },
  });
  return { id: organizationId, timeZone: organization.timeZone, currency: organization.currency, defaultCadence: organization.defaultCadence, stages: organization.funnelStages };
}

interface ManagerRow {
  id: string;
  name: string;
  cadence: Cadence | null;
  managedTeams: { id: string; name: string }[];
}

/** The active managers, with the teams they run. */
function loadManagers(organizationId: string): Promise<ManagerRow[]> {
  return readDb.user.findMany({
    where: { organizationId, role: "MANAGER", active: true },
    select: { id: true, name: true, cadence: true, managedTeams: { select: { id: true, name: true }, orderBy: { name: "asc" } } },
    orderBy: { name: "asc" },
  });
}

async function loadLeaderCompetencies(organizationId: string): Promise<LeaderCompetencyRef[]> {
  const rows = await readDb.competency.findMany({
    where: { organizationId, kind: "LEADER", retiredAt: null },
    select: { id: true, name: true, metricKey: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  return rows.map((competency) => ({ id: competency.id, name: competency.name, metricKey: competency.metricKey }));
}

interface ScorecardRep {
  id: string;
  /** Day (organization time zone) the rep joined their current team. */
  onTeamFrom: string;
}

/** The active reps of each manager's teams, by manager id. */
async function loadRepsOf(organizationId: string, managerRows: readonly ManagerRow[], timeZone: string): Promise<Map<string, ScorecardRep[]>> {
  const managerOfTeam = new Map(managerRows.flatMap((manager) => manager.managedTeams.map((team) => [team.id, manager.id] as const)));
  const reps = managerOfTeam.size
    ? await readDb.user.findMany({
        where: { organizationId, role: "REP", active: true, teamId: { in: [...managerOfTeam.keys()] } },
        select: { id: true, teamId: true, createdAt: true, memberships: { where: { endedAt: null }, select: { teamId: true, startedAt: true } } },
      })
    : [];
  const repsOfManager = new Map<string, ScorecardRep[]>();
  for (const rep of reps) {
    const managerId = rep.teamId ? managerOfTeam.get(rep.teamId) : undefined;
    if (!managerId) continue;
    // Joined the current team when its membership started (older data: when the user was created).
    const joined = rep.memberships.find((membership) => membership.teamId === rep.teamId)?.startedAt ?? rep.createdAt;
    const team = repsOfManager.get(managerId) ?? [];
    team.push({ id: rep.id, onTeamFrom: todayIn(timeZone, joined) });
    repsOfManager.set(managerId, team);
  }
  return repsOfManager;
}

/** What every grouped query filters on: the organization, the people and the windows. */
interface ScorecardScope {
  organizationId: string;
  timeZone: string;
  asOf: string;
  windows: ScorecardWindow[];
  /** The last window (the one whose comments are read). */
  current: { from: string; to: string };
  managerIds: string[];
  repIds: string[];
  /** The windows as a table to join on: w("from", "to", idx), idx counted from 1. */
  windowTable: Prisma.Sql;
  /** A stored timestamp's day in the organization's time zone. */
  localDay: (column: Prisma.Sql) => Prisma.Sql;
  /** Timestamps are stored as UTC without a zone: a day's margin either side covers every zone, the local day decides. */
  lower: string;
  upper: string;
}

function scorecardScope(input: { organizationId: string; timeZone: string; asOf: string; windows: ScorecardWindow[]; managerIds: string[]; repIds: string[] }): ScorecardScope {
  const { timeZone, asOf, windows } = input;
  const first = windows[0] ?? { from: asOf, to: asOf };
  return {
    ...input,
    current: windows.at(-1) ?? first,
    windowTable: Prisma.sql`unnest(${windows.map((window) => window.from)}::text[], ${windows.map((window) => window.to)}::text[]) WITH ORDINALITY AS w("from", "to", idx)`,
    localDay: (column) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`,
    lower: `${addDays(first.from, -1)}T00:00:00`,
    upper: `${addDays(asOf, 2)}T00:00:00`,
  };
}

type RatingTotals = { count: number; ratingSum: number };

/** The grouped facts of every manager and window; keys are `coachId|memberId|idx`, `coachId|idx` or `memberId|idx`. */
interface ActivityFacts {
  held: Map<string, number>;
  meetingTotals: Map<string, { completed: number; withFocus: number }>;
  outcomes: Map<string, CommitmentOutcomes>;
  feedbackTotals: Map<string, RatingTotals>;
  comments: string[];
  plans: PlanRow[];
  lastHeldOn: Map<string, string>;
  selfRatingTotals: Map<string, RatingTotals>;
}

/** The grouped queries, in one round trip; none without a manager. */
async function loadActivityFacts(scope: ScorecardScope, commentsFor: string | null): Promise<ActivityFacts> {
  if (scope.managerIds.length === 0) {
    return { held: new Map(), meetingTotals: new Map(), outcomes: new Map(), feedbackTotals: new Map(), comments: [], plans: [], lastHeldOn: new Map(), selfRatingTotals: new Map() };
  }
  const [meetings, outcomes, feedbackTotals, comments, plans, lastHeldOn, selfRatingTotals] = await Promise.all([
    loadMeetingFacts(scope),
    loadCommitmentOutcomes(scope),
    loadRatingTotals(scope, "CoachingFeedback"),
    commentsFor && scope.managerIds.includes(commentsFor) ? loadFeedbackComments(scope, commentsFor) : Promise.resolve([]),
    loadPlans(scope.organizationId),
    loadLastHeldOn(scope),
    loadRatingTotals(scope, "CoachSelfRating"),
  ]);
  return { ...meetings, outcomes, feedbackTotals, comments, plans, lastHeldOn, selfRatingTotals };
}

/** Completed rep one-on-ones per manager, rep and window, and per manager and window with a focus. */
async function loadMeetingFacts(scope: ScorecardScope): Promise<Pick<ActivityFacts, "held" | "meetingTotals">> {
  const { organizationId, managerIds, windowTable, localDay, lower, upper } = scope;
  const meetings = await readDb.$queryRaw<{ coachId: string; memberId: string; idx: number; held: number; withFocus: number }[]>(Prisma.sql`
    SELECT o."coachId", o."memberId", w.idx::int AS idx, COUNT(*)::int AS held, COUNT(o."focusCompetencyId")::int AS "withFocus"
    FROM "OneOnOne" o
    JOIN ${windowTable} ON ${localDay(Prisma.sql`o."scheduledAt"`)} BETWEEN w."from"::date AND w."to"::date
    WHERE o."organizationId" = ${organizationId} AND o."kind" = 'REP' AND o."status" = 'COMPLETED'
      AND o."coachId" = ANY(${managerIds}::text[])
      AND o."scheduledAt" >= ${lower}::timestamp AND o."scheduledAt" < ${upper}::timestamp
    GROUP BY 1, 2, 3`);
  const held = new Map(meetings.map((row) => [`${row.coachId}|${row.memberId}|${row.idx}`, Number(row.held)]));
  const meetingTotals = new Map<string, { completed: number; withFocus: number }>();
  for (const row of meetings) {
    const key = `${row.coachId}|${row.idx}`;
    const total = meetingTotals.get(key) ?? { completed: 0, withFocus: 0 };
    meetingTotals.set(key, { completed: total.completed + Number(row.held), withFocus: total.withFocus + Number(row.withFocus) });
  }
  return { held, meetingTotals };
}

/** Each person's own commitments (owner = member) by due date: a rep's for their team, a manager's from their VP one-on-ones. */
async function loadCommitmentOutcomes(scope: ScorecardScope): Promise<Map<string, CommitmentOutcomes>> {
  const { organizationId, asOf, windowTable, localDay } = scope;
  const people = [...scope.managerIds, ...scope.repIds];
  const rows = await readDb.$queryRaw<{ memberId: string; idx: number; onTime: number; late: number; missed: number; overdue: number }[]>(Prisma.sql`
    SELECT c."memberId", w.idx::int AS idx,
           COUNT(*) FILTER (WHERE c."status" = 'DONE' AND (c."completedAt" IS NULL OR ${localDay(Prisma.sql`c."completedAt"`)} <= c."dueOn"))::int AS "onTime",
           COUNT(*) FILTER (WHERE c."status" = 'DONE' AND ${localDay(Prisma.sql`c."completedAt"`)} > c."dueOn")::int AS late,
           COUNT(*) FILTER (WHERE c."status" = 'MISSED' AND NOT EXISTS (
             SELECT 1 FROM "Commitment" s WHERE s."organizationId" = c."organizationId" AND s."carriedFromId" = c."id"))::int AS missed,
           COUNT(*) FILTER (WHERE c."status" = 'OPEN' AND c."dueOn" < ${asOf}::date)::int AS overdue
    FROM "Commitment" c
    JOIN ${windowTable} ON c."dueOn" BETWEEN w."from"::date AND w."to"::date
    WHERE c."organizationId" = ${organizationId} AND c."memberId" = ANY(${people}::text[]) AND c."ownerId" = c."memberId"
    GROUP BY 1, 2`);
  return new Map(rows.map((row) => [`${row.memberId}|${row.idx}`, { onTime: Number(row.onTime), late: Number(row.late), missed: Number(row.missed), overdue: Number(row.overdue) }]));
}

/**
 * Ratings of the managers' one-on-ones per manager and window: the reps' (CoachingFeedback) or the
 * managers' own (CoachSelfRating), bucketed alike so the two can be paired.
 */
async function loadRatingTotals(scope: ScorecardScope, table: "CoachingFeedback" | "CoachSelfRating"): Promise<Map<string, RatingTotals>> {
  const { organizationId, managerIds, windowTable, localDay, lower, upper } = scope;
  const rows = await readDb.$queryRaw<{ coachId: string; idx: number; count: number; ratingSum: number }[]>(Prisma.sql`
    SELECT r."coachId", w.idx::int AS idx, COUNT(*)::int AS count, SUM(r."rating")::int AS "ratingSum"
    FROM ${Prisma.raw(`"${table}"`)} r
    JOIN ${windowTable} ON ${localDay(Prisma.sql`r."createdAt"`)} BETWEEN w."from"::date AND w."to"::date
    WHERE r."organizationId" = ${organizationId} AND r."coachId" = ANY(${managerIds}::text[])
      AND r."createdAt" >= ${lower}::timestamp AND r."createdAt" < ${upper}::timestamp
    GROUP BY 1, 2`);
  return ratingTotals(rows);
}

/** Free text only where it will be read (one manager, the current window), and never with who wrote it or when. */
async function loadFeedbackComments(scope: ScorecardScope, coachId: string): Promise<string[]> {
  const { organizationId, current, localDay } = scope;
  const rows = await readDb.$queryRaw<{ comment: string }[]>(Prisma.sql`
    SELECT f."comment" FROM "CoachingFeedback" f
    WHERE f."organizationId" = ${organizationId} AND f."coachId" = ${coachId}
      AND f."comment" IS NOT NULL AND btrim(f."comment") <> ''
      AND ${localDay(Prisma.sql`f."createdAt"`)} BETWEEN ${current.from}::date AND ${current.to}::date`);
  return rows.map((row) => row.comment);
}

function loadPlans(organizationId: string): Promise<PlanRow[]> {
  return readDb.developmentPlan.findMany({
    where: { organizationId, competency: { kind: "REP" } },
    select: { id: true, subjectId: true, ownerId: true, leverKey: true, startedOn: true, status: true, closedAt: true, expectedFrom: true, expectedTo: true, reviewOn: true },
  });
}

/** Each rep's last one-on-one (with any coach) up to each window's end: the cadence rule of the dashboards. */
async function loadLastHeldOn(scope: ScorecardScope): Promise<Map<string, string>> {
  const { organizationId, repIds, windowTable, localDay, upper } = scope;
  const rows = await readDb.$queryRaw<{ memberId: string; idx: number; last: string }[]>(Prisma.sql`
    SELECT o."memberId", w.idx::int AS idx, to_char(MAX(${localDay(Prisma.sql`o."scheduledAt"`)}), 'YYYY-MM-DD') AS last
    FROM "OneOnOne" o
    JOIN ${windowTable} ON ${localDay(Prisma.sql`o."scheduledAt"`)} <= w."to"::date
    WHERE o."organizationId" = ${organizationId} AND o."kind" = 'REP' AND o."status" = 'COMPLETED'
      AND o."memberId" = ANY(${repIds}::text[]) AND o."scheduledAt" < ${upper}::timestamp
    GROUP BY 1, 2`);
  return new Map(rows.map((row) => [`${row.memberId}|${row.idx}`, row.last]));
}

function ratingTotals(rows: readonly { coachId: string; idx: number; count: number; ratingSum: number }[]): Map<string, RatingTotals> {
  return new Map(rows.map((row) => [`${row.coachId}|${row.idx}`, { count: Number(row.count), ratingSum: Number(row.ratingSum) }]));
}

interface PlanFacts {
  plans: PlanRow[];
  /** Key `managerId|windowIndex` (from 0). */
  coached: Map<string, CoachedPlanFact[]>;
  /** The managers' pre-registered experiments whose review date has passed (decision 0035), with their verdicts. */
  reviewed: PlanRow[];
  verdicts: Map<string, ExperimentReading>;
}

async function loadPlanFacts(scope: ScorecardScope, organization: ScorecardOrganization, plans: PlanRow[]): Promise<PlanFacts> {
  const { organizationId, timeZone, asOf, windows, managerIds } = scope;
  const coached = await loadCoachedPlanFacts({ organizationId, timeZone, asOf, stages: organization.stages, windows, plans, managerIds });
  const reviewed = plans.filter((plan) => managerIds.includes(plan.ownerId) && plan.reviewOn !== null && day(plan.reviewOn) <= asOf);
  const verdicts = await loadExperimentVerdicts({ id: organizationId, timeZone, currency: organization.currency, stages: organization.stages }, reviewed, asOf);
  return { plans, coached, reviewed, verdicts };
}

/** One manager's facts per window, for the pure scorecard. */
function toManagerFacts(
  scope: ScorecardScope,
  manager: ManagerRow,
  team: readonly ScorecardRep[],
  activity: ActivityFacts,
  { plans, coached, reviewed, verdicts }: PlanFacts,
  defaultCadence: Cadence,
  commentsFor: string | null,
): ManagerFacts {
  const { timeZone, windows } = scope;
  const { held, meetingTotals, outcomes, feedbackTotals, comments, lastHeldOn, selfRatingTotals } = activity;
  return {
    managerId: manager.id,
    cadence: manager.cadence ?? defaultCadence,
    experiments: reviewed.flatMap((plan) => {
      const reading = plan.ownerId === manager.id ? verdicts.get(plan.id) : undefined;
      return reading ? [reading.verdict] : [];
    }),
    windows: windows.map((_, index) => {
      const idx = index + 1;
      const teamCommitments = { ...NO_OUTCOMES };
      for (const rep of team) {
        const counts = outcomes.get(`${rep.id}|${idx}`);
        if (!counts) continue;
        teamCommitments.onTime += counts.onTime;
        teamCommitments.late += counts.late;
        teamCommitments.missed += counts.missed;
        teamCommitments.overdue += counts.overdue;
      }
      const planCount = (counted: (plan: PlanRow) => string | null) =>
        plans.filter((plan) => {
          const on = plan.ownerId === manager.id ? counted(plan) : null;
          return on !== null && on >= (windows[index]?.from ?? "") && on <= (windows[index]?.to ?? "");
        }).length;
      const meetingsHeld = meetingTotals.get(`${manager.id}|${idx}`) ?? { completed: 0, withFocus: 0 };
      return {
        reps: team.map((rep) => ({ onTeamFrom: rep.onTeamFrom, held: held.get(`${manager.id}|${rep.id}|${idx}`) ?? 0, lastHeldOn: lastHeldOn.get(`${rep.id}|${idx}`) ?? null })),
        teamCommitments,
        ownCommitments: outcomes.get(`${manager.id}|${idx}`) ?? NO_OUTCOMES,
        completedOneOnOnes: meetingsHeld.completed,
        withFocus: meetingsHeld.withFocus,
        plansStarted: planCount((plan) => day(plan.startedOn)),
        plansAchieved: planCount((plan) => (plan.status === "ACHIEVED" && plan.closedAt ? todayIn(timeZone, plan.closedAt) : null)),
        coachedPlans: coached.get(`${manager.id}|${index}`) ?? [],
        feedback: {
          ...(feedbackTotals.get(`${manager.id}|${idx}`) ?? NO_RATINGS),
          comments: commentsFor === manager.id && index === windows.length - 1 ? comments : [],
        },
        selfRating: selfRatingTotals.get(`${manager.id}|${idx}`) ?? NO_RATINGS,
      };
    }),
  };
}
