import "server-only";
import { loadExperimentVerdicts } from "@/lib/server/coaching/load-experiment-verdicts";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cadence } from "@/lib/generated/prisma/enums";
import { addDays, startOfIsoWeek, todayIn, workingDaysBetween, dayKey } from "@/lib/calendar/days";
import { leversFor, type FunnelStageDef, type LeverDef } from "@/lib/coaching";
import { leverIncrement } from "@/lib/coaching/plan-status";
import {
  computeScorecards,
  scorecardWindows,
  type CoachedPlanFact,
  type CommitmentOutcomes,
  type FeedbackReading,
  type LeaderCompetencyRef,
  type LeverSample,
  type ManagerFacts,
  type OrganizationScorecards,
  type ScorecardWindow,
} from "@/lib/coaching/scorecard";

// Feeds the pure scorecard (lib/coaching/scorecard/) for every manager of an organization over
// the trend windows, with a fixed number of grouped queries whatever the number of managers and
// reps: managers and competencies, reps, one-on-ones, commitments, feedback, plans, and (only when
// there are plans to compare) weekly activity. The callers check who may see what.

/** The "before" of a plan: the 13 whole ISO weeks before the week it started. */
const BEFORE_WEEKS = 13;

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

type PlanRow = {
  id: string;
  subjectId: string;
  ownerId: string;
  leverKey: string | null;
  startedOn: Date;
  status: "ACTIVE" | "ACHIEVED" | "CLOSED";
  closedAt: Date | null;
  expectedFrom: number | null;
  expectedTo: number | null;
  reviewOn: Date | null;
};

const day = dayKey;
const earlier = (a: string, b: string) => (a < b ? a : b);
const NO_OUTCOMES: CommitmentOutcomes = { onTime: 0, late: 0, missed: 0, overdue: 0 };

/** Feedback for a screen that shows no free text (the organization table, an ADMIN). */
export function withoutComments(reading: FeedbackReading): FeedbackReading {
  return reading.status === "shown" ? { ...reading, comments: [] } : reading;
}

export async function loadOrganizationScorecards(
  organizationId: string,
  options: { asOf?: string; commentsFor?: string | null; random?: () => number } = {},
): Promise<LoadedScorecards> {
  const [organization, managerRows, leaderCompetencies] = await Promise.all([
    readDb.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { timeZone: true, currency: true, defaultCadence: true, funnelStages: { select: { key: true, label: true }, orderBy: { position: "asc" } } },
    }),
    readDb.user.findMany({
      where: { organizationId, role: "MANAGER", active: true },
      select: { id: true, name: true, cadence: true, managedTeams: { select: { id: true, name: true }, orderBy: { name: "asc" } } },
      orderBy: { name: "asc" },
    }),
    readDb.competency.findMany({
      where: { organizationId, kind: "LEADER", retiredAt: null },
      select: { id: true, name: true, metricKey: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);
  const timeZone = organization.timeZone;
  const stages: FunnelStageDef[] = organization.funnelStages;
  const asOf = options.asOf ?? todayIn(timeZone);
  const windows = scorecardWindows(asOf);
  const first = windows[0] ?? { from: asOf, to: asOf };
  const current = windows.at(-1) ?? first;
  const managerIds = managerRows.map((manager) => manager.id);
  const managerOfTeam = new Map(managerRows.flatMap((manager) => manager.managedTeams.map((team) => [team.id, manager.id] as const)));

  const reps = managerOfTeam.size
    ? await readDb.user.findMany({
        where: { organizationId, role: "REP", active: true, teamId: { in: [...managerOfTeam.keys()] } },
        select: { id: true, teamId: true, createdAt: true, memberships: { where: { endedAt: null }, select: { teamId: true, startedAt: true } } },
      })
    : [];
  const repsOfManager = new Map<string, { id: string; onTeamFrom: string }[]>();
  for (const rep of reps) {
    const managerId = rep.teamId ? managerOfTeam.get(rep.teamId) : undefined;
    if (!managerId) continue;
    // Joined the current team when its membership started (older data: when the user was created).
    const joined = rep.memberships.find((membership) => membership.teamId === rep.teamId)?.startedAt ?? rep.createdAt;
    const team = repsOfManager.get(managerId) ?? [];
    team.push({ id: rep.id, onTeamFrom: todayIn(timeZone, joined) });
    repsOfManager.set(managerId, team);
  }

  const windowTable = Prisma.sql`unnest(${windows.map((window) => window.from)}::text[], ${windows.map((window) => window.to)}::text[]) WITH ORDINALITY AS w("from", "to", idx)`;
  const localDay = (column: Prisma.Sql) => Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`;
  // Timestamps are stored as UTC without a zone: a day's margin either side covers every zone, the local day decides.
  const lower = `${addDays(first.from, -1)}T00:00:00`;
  const upper = `${addDays(asOf, 2)}T00:00:00`;
  const people = [...managerIds, ...reps.map((rep) => rep.id)];

  const repIds = reps.map((rep) => rep.id);
  const [meetings, commitments, feedback, comments, plans, lastHeld, selfRatings] = managerIds.length
    ? await Promise.all([
        readDb.$queryRaw<{ coachId: string; memberId: string; idx: number; held: number; withFocus: number }[]>(Prisma.sql`
          SELECT o."coachId", o."memberId", w.idx::int AS idx, COUNT(*)::int AS held, COUNT(o."focusCompetencyId")::int AS "withFocus"
          FROM "OneOnOne" o
          JOIN ${windowTable} ON ${localDay(Prisma.sql`o."scheduledAt"`)} BETWEEN w."from"::date AND w."to"::date
          WHERE o."organizationId" = ${organizationId} AND o."kind" = 'REP' AND o."status" = 'COMPLETED'
            AND o."coachId" = ANY(${managerIds}::text[])
            AND o."scheduledAt" >= ${lower}::timestamp AND o."scheduledAt" < ${upper}::timestamp
          GROUP BY 1, 2, 3`),
        // Each person's own commitments (owner = member) by due date: a rep's for their team, a manager's from their VP one-on-ones.
        readDb.$queryRaw<{ memberId: string; idx: number; onTime: number; late: number; missed: number; overdue: number }[]>(Prisma.sql`
          SELECT c."memberId", w.idx::int AS idx,
                 COUNT(*) FILTER (WHERE c."status" = 'DONE' AND (c."completedAt" IS NULL OR ${localDay(Prisma.sql`c."completedAt"`)} <= c."dueOn"))::int AS "onTime",
                 COUNT(*) FILTER (WHERE c."status" = 'DONE' AND ${localDay(Prisma.sql`c."completedAt"`)} > c."dueOn")::int AS late,
                 COUNT(*) FILTER (WHERE c."status" = 'MISSED' AND NOT EXISTS (
                   SELECT 1 FROM "Commitment" s WHERE s."organizationId" = c."organizationId" AND s."carriedFromId" = c."id"))::int AS missed,
                 COUNT(*) FILTER (WHERE c."status" = 'OPEN' AND c."dueOn" < ${asOf}::date)::int AS overdue
          FROM "Commitment" c
          JOIN ${windowTable} ON c."dueOn" BETWEEN w."from"::date AND w."to"::date
          WHERE c."organizationId" = ${organizationId} AND c."memberId" = ANY(${people}::text[]) AND c."ownerId" = c."memberId"
          GROUP BY 1, 2`),
        readDb.$queryRaw<{ coachId: string; idx: number; count: number; ratingSum: number }[]>(Prisma.sql`
          SELECT f."coachId", w.idx::int AS idx, COUNT(*)::int AS count, SUM(f."rating")::int AS "ratingSum"
          FROM "CoachingFeedback" f
          JOIN ${windowTable} ON ${localDay(Prisma.sql`f."createdAt"`)} BETWEEN w."from"::date AND w."to"::date
          WHERE f."organizationId" = ${organizationId} AND f."coachId" = ANY(${managerIds}::text[])
            AND f."createdAt" >= ${lower}::timestamp AND f."createdAt" < ${upper}::timestamp
          GROUP BY 1, 2`),
        // Free text only where it will be read, and never with who wrote it or when.
        options.commentsFor && managerIds.includes(options.commentsFor)
          ? readDb.$queryRaw<{ comment: string }[]>(Prisma.sql`
              SELECT f."comment" FROM "CoachingFeedback" f
              WHERE f."organizationId" = ${organizationId} AND f."coachId" = ${options.commentsFor}
                AND f."comment" IS NOT NULL AND btrim(f."comment") <> ''
                AND ${localDay(Prisma.sql`f."createdAt"`)} BETWEEN ${current.from}::date AND ${current.to}::date`)
          : Promise.resolve([]),
        readDb.developmentPlan.findMany({
          where: { organizationId, competency: { kind: "REP" } },
          select: { id: true, subjectId: true, ownerId: true, leverKey: true, startedOn: true, status: true, closedAt: true, expectedFrom: true, expectedTo: true, reviewOn: true },
        }),
        // Each rep's last one-on-one (with any coach) up to each window's end: the cadence rule of the dashboards.
        readDb.$queryRaw<{ memberId: string; idx: number; last: string }[]>(Prisma.sql`
          SELECT o."memberId", w.idx::int AS idx, to_char(MAX(${localDay(Prisma.sql`o."scheduledAt"`)}), 'YYYY-MM-DD') AS last
          FROM "OneOnOne" o
          JOIN ${windowTable} ON ${localDay(Prisma.sql`o."scheduledAt"`)} <= w."to"::date
          WHERE o."organizationId" = ${organizationId} AND o."kind" = 'REP' AND o."status" = 'COMPLETED'
            AND o."memberId" = ANY(${repIds}::text[]) AND o."scheduledAt" < ${upper}::timestamp
          GROUP BY 1, 2`),
        // The managers' own ratings of their meetings, bucketed like the reps' feedback (paired perception).
        readDb.$queryRaw<{ coachId: string; idx: number; count: number; ratingSum: number }[]>(Prisma.sql`
          SELECT r."coachId", w.idx::int AS idx, COUNT(*)::int AS count, SUM(r."rating")::int AS "ratingSum"
          FROM "CoachSelfRating" r
          JOIN ${windowTable} ON ${localDay(Prisma.sql`r."createdAt"`)} BETWEEN w."from"::date AND w."to"::date
          WHERE r."organizationId" = ${organizationId} AND r."coachId" = ANY(${managerIds}::text[])
            AND r."createdAt" >= ${lower}::timestamp AND r."createdAt" < ${upper}::timestamp
          GROUP BY 1, 2`),
      ])
    : [[], [], [], [], [], [], []];
  const lastHeldOn = new Map(lastHeld.map((row) => [`${row.memberId}|${row.idx}`, row.last]));

  const held = new Map(meetings.map((row) => [`${row.coachId}|${row.memberId}|${row.idx}`, Number(row.held)]));
  const meetingTotals = new Map<string, { completed: number; withFocus: number }>();
  for (const row of meetings) {
    const key = `${row.coachId}|${row.idx}`;
    const total = meetingTotals.get(key) ?? { completed: 0, withFocus: 0 };
    meetingTotals.set(key, { completed: total.completed + Number(row.held), withFocus: total.withFocus + Number(row.withFocus) });
  }
  const outcomes = new Map(
    commitments.map((row) => [`${row.memberId}|${row.idx}`, { onTime: Number(row.onTime), late: Number(row.late), missed: Number(row.missed), overdue: Number(row.overdue) }]),
  );
  const feedbackTotals = new Map(feedback.map((row) => [`${row.coachId}|${row.idx}`, { count: Number(row.count), ratingSum: Number(row.ratingSum) }]));
  const selfRatingTotals = new Map(selfRatings.map((row) => [`${row.coachId}|${row.idx}`, { count: Number(row.count), ratingSum: Number(row.ratingSum) }]));
  const coached = await coachedPlanFacts({ organizationId, timeZone, asOf, stages, windows, plans, managerIds });
  // Each manager's record of pre-registered experiments whose review date has passed (decision 0035).
  const reviewed = plans.filter((plan) => managerIds.includes(plan.ownerId) && plan.reviewOn !== null && day(plan.reviewOn) <= asOf);
  const verdicts = await loadExperimentVerdicts({ id: organizationId, timeZone, currency: organization.currency, stages }, reviewed, asOf);

  const managers: ManagerFacts[] = managerRows.map((manager) => {
    const team = repsOfManager.get(manager.id) ?? [];
    return {
      managerId: manager.id,
      cadence: manager.cadence ?? organization.defaultCadence,
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
            ...(feedbackTotals.get(`${manager.id}|${idx}`) ?? { count: 0, ratingSum: 0 }),
            comments: options.commentsFor === manager.id && index === windows.length - 1 ? comments.map((row) => row.comment) : [],
          },
          selfRating: selfRatingTotals.get(`${manager.id}|${idx}`) ?? { count: 0, ratingSum: 0 },
        };
      }),
    };
  });

  const competencies: LeaderCompetencyRef[] = leaderCompetencies.map((competency) => ({ id: competency.id, name: competency.name, metricKey: competency.metricKey }));
  return {
    asOf,
    timeZone,
    windows,
    managers: managerRows.map((manager) => ({
      id: manager.id,
      name: manager.name,
      cadence: manager.cadence ?? organization.defaultCadence,
      teams: manager.managedTeams,
      repCount: repsOfManager.get(manager.id)?.length ?? 0,
    })),
    leaderCompetencies: competencies,
    scorecards: computeScorecards({ windows, managers, leaderCompetencies: competencies }, { random: options.random }),
  };
}

/**
 * Coached against uncoached, per manager and window (key `managerId|windowIndex`): each of the
 * manager's plans running in the window, measured on its lever over the 13 weeks before its start
 * and from its start week to the window's end (or the plan's, if earlier), and every rep of the
 * organization with activity and no plan on that lever over those dates, measured the same way.
 * One grouped query of weekly totals; the weeks make the dates whole ISO weeks.
 */
async function coachedPlanFacts(input: {
  organizationId: string;
  timeZone: string;
  asOf: string;
  stages: FunnelStageDef[];
  windows: ScorecardWindow[];
  plans: PlanRow[];
  managerIds: string[];
}): Promise<Map<string, CoachedPlanFact[]>> {
  const result = new Map<string, CoachedPlanFact[]>();
  const { timeZone, asOf, stages, windows } = input;
  const first = windows[0];
  if (!first) return result;
  const leverOf = new Map(leversFor(stages).map((lever) => [lever.key, lever]));
  const endOf = (plan: PlanRow) => (plan.status === "ACTIVE" ? null : plan.closedAt ? todayIn(timeZone, plan.closedAt) : day(plan.startedOn));
  const managers = new Set(input.managerIds);
  const candidates = input.plans.filter((plan) => {
    const end = endOf(plan);
    return managers.has(plan.ownerId) && plan.leverKey !== null && leverOf.has(plan.leverKey) && day(plan.startedOn) <= asOf && (end === null || end >= first.from);
  });
  if (candidates.length === 0) return result;

  const earliest = candidates.reduce((min, plan) => earlier(min, day(plan.startedOn)), asOf);
  const spanFrom = addDays(startOfIsoWeek(earliest), -7 * BEFORE_WEEKS);
  const rows = await readDb.$queryRaw<{ repId: string; week: string; stage: string; total: number }[]>(Prisma.sql`
    SELECT "repId", to_char(date_trunc('week', "day"), 'YYYY-MM-DD') AS week, "stage", SUM("value")::float8 AS total
    FROM "Activity"
    WHERE "organizationId" = ${input.organizationId} AND "day" BETWEEN ${spanFrom}::date AND ${asOf}::date
    GROUP BY 1, 2, 3`);
  const weekly = new Map<string, Map<string, Record<string, number>>>();
  for (const row of rows) {
    const weeks = weekly.get(row.repId) ?? new Map<string, Record<string, number>>();
    const totals = weeks.get(row.week) ?? {};
    totals[row.stage] = Number(row.total);
    weeks.set(row.week, totals);
    weekly.set(row.repId, weeks);
  }
  // Who had a plan on which lever when (any owner, any status): they are coached, not comparable.
  const planned = new Map<string, { from: string; to: string }[]>();
  for (const plan of input.plans) {
    if (!plan.leverKey) continue;
    const key = `${plan.subjectId}|${plan.leverKey}`;
    const spans = planned.get(key) ?? [];
    spans.push({ from: day(plan.startedOn), to: endOf(plan) ?? asOf });
    planned.set(key, spans);
  }
  const measure = (lever: LeverDef, repId: string, fromWeek: string, toWeek: string, lastDay: string): LeverSample => {
    const totals: Record<string, number> = {};
    const weeks = weekly.get(repId);
    for (let week = fromWeek; week <= toWeek; week = addDays(week, 7)) {
      for (const [stage, value] of Object.entries(weeks?.get(week) ?? {})) totals[stage] = (totals[stage] ?? 0) + value;
    }
    return leverIncrement(stages, lever, totals, workingDaysBetween(fromWeek, lastDay));
  };

  for (const plan of candidates) {
    const lever = plan.leverKey ? leverOf.get(plan.leverKey) : undefined;
    if (!lever || !plan.leverKey) continue;
    const started = day(plan.startedOn);
    const startWeek = startOfIsoWeek(started);
    const beforeFrom = addDays(startWeek, -7 * BEFORE_WEEKS);
    const planEnd = endOf(plan);
    windows.forEach((window, index) => {
      if (started > window.to || (planEnd !== null && planEnd < window.from)) return;
      const endWeek = startOfIsoWeek(earlier(planEnd ?? asOf, window.to));
      const lastDay = earlier(addDays(endWeek, 6), asOf);
      const sampleOf = (repId: string) => ({
        before: measure(lever, repId, beforeFrom, addDays(startWeek, -7), addDays(startWeek, -1)),
        after: measure(lever, repId, startWeek, endWeek, lastDay),
      });
      const comparables = [...weekly.keys()].flatMap((repId) => {
        if (repId === plan.subjectId) return [];
        const overlapping = (planned.get(`${repId}|${plan.leverKey}`) ?? []).some((span) => span.from <= lastDay && span.to >= beforeFrom);
        return overlapping ? [] : [{ repId, ...sampleOf(repId) }];
      });
      const key = `${plan.ownerId}|${index}`;
      const facts = result.get(key) ?? [];
      facts.push({ kind: lever.kind, coached: sampleOf(plan.subjectId), comparables });
      result.set(key, facts);
    });
  }
  return result;
}
