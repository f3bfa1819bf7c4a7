import "server-only";
import { isOverdue } from "@/lib/coaching/commitments";
import { db, readDb } from "@/lib/db";
import { addDays, startOfIsoWeek, todayIn, dayKey } from "@/lib/calendar/days";
import { resolvePeriod, type PeriodRequest } from "@/lib/calendar/period";
import { loadWeeklyStageTotals } from "@/lib/server/coaching/load-stage-totals";
import { getRepPriorities } from "@/lib/server/coaching/get-rep-priorities";
import { loadCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { loadPlanProgress } from "@/lib/server/plans/load-plan-progress";
import { settleAchievedPlans } from "@/lib/server/plans/settle-achieved-plans";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

const TREND_WEEKS = 26;

/**
 * Everything on a rep's profile. Shared with the rep (their /me page): it holds nothing private —
 * private notes are in their own table and never read here.
 */
export async function getRepProfile(viewer: Viewer, repId: string, request: PeriodRequest | undefined) {
  const settings = await loadCoachingSettings(viewer.organizationId);
  const window = resolvePeriod(request, settings);
  // getRepPriorities checks that the viewer may see this rep (NotFoundError otherwise) before anything else is read.
  const priorities = await getRepPriorities(viewer, repId, { from: window.from, to: window.to });
  const rep = priorities.rep;
  const today = todayIn(settings.timeZone);
  const trendFrom = startOfIsoWeek(addDays(today, -7 * (TREND_WEEKS - 1)));

  const focusCompetencyId = rep.report.levers.find((lever) => lever.lever === rep.report.focus)?.competency?.id ?? null;
  const [weekly, assessments, oneOnOnes, commitments, plans, plays, team] = await Promise.all([
    loadWeeklyStageTotals(viewer.organizationId, [rep.id], { from: trendFrom, to: today }),
    readDb.assessment.findMany({
      where: { organizationId: viewer.organizationId, subjectId: rep.id, competency: { kind: "REP" } },
      select: { competencyId: true, source: true, score: true, assessedOn: true, note: true, competency: { select: { name: true } } },
      orderBy: { assessedOn: "desc" },
    }),
    readDb.oneOnOne.findMany({
      where: { organizationId: viewer.organizationId, kind: "REP", memberId: rep.id },
      select: { id: true, scheduledAt: true, status: true, focusCompetency: { select: { name: true } } },
      orderBy: { scheduledAt: "desc" },
      take: 8,
    }),
    readDb.commitment.findMany({
      where: { organizationId: viewer.organizationId, memberId: rep.id, OR: [{ status: "OPEN" }, { dueOn: { gte: new Date(`${addDays(today, -45)}T00:00:00Z`) } }] },
      select: { id: true, text: true, dueOn: true, status: true },
      orderBy: [{ status: "asc" }, { dueOn: "asc" }],
      take: 20,
    }),
    readDb.developmentPlan.findMany({
      where: { organizationId: viewer.organizationId, subjectId: rep.id },
      select: {
        id: true,
        subjectId: true,
        status: true,
        startedOn: true,
        targetDate: true,
        closedAt: true,
        baselineValue: true,
        targetValue: true,
        resultValue: true,
        resultSample: true,
        leverKey: true,
        competencyId: true,
        competency: { select: { name: true } },
      },
      orderBy: [{ status: "asc" }, { startedOn: "desc" }],
      take: 5,
    }),
    focusCompetencyId
      ? readDb.salesPlay.findMany({ where: { organizationId: viewer.organizationId, competencyId: focusCompetencyId, retiredAt: null }, select: { id: true, title: true, whenToUse: true }, take: 3 })
      : Promise.resolve([]),
    rep.teamId ? db.team.findFirst({ where: { id: rep.teamId, organizationId: viewer.organizationId }, select: { id: true, name: true } }) : Promise.resolve(null),
  ]);

  // Progress from activity, as on the plan pages; a plan that met its target is settled as achieved.
  const progress = await loadPlanProgress({ id: viewer.organizationId, timeZone: settings.timeZone, currency: settings.currency, stages: settings.stages }, plans, today);
  const achieved = plans.flatMap((plan) => {
    const achievement = progress.get(plan.id)?.achievement;
    return plan.status === "ACTIVE" && achievement ? [{ planId: plan.id, ...achievement }] : [];
  });
  await settleAchievedPlans(viewer, achieved);
  const settled = new Set(achieved.map((entry) => entry.planId));

  // Latest manager and self score per competency, for the radar; the full list is the history.
  const latest = new Map<string, { competency: string; leader: number | null; self: number | null }>();
  for (const assessment of [...assessments].reverse()) {
    const entry = latest.get(assessment.competencyId) ?? { competency: assessment.competency.name, leader: null, self: null };
    if (assessment.source === "LEADER") entry.leader = assessment.score;
    else entry.self = assessment.score;
    latest.set(assessment.competencyId, entry);
  }

  return {
    rep: { id: rep.id, name: rep.name, email: rep.email, team },
    window,
    currency: settings.currency,
    stages: settings.stages,
    levers: priorities.levers.map((lever) => ({ key: lever.key, label: lever.label, kind: lever.kind, from: lever.from ?? null, to: lever.to ?? null })),
    totals: rep.totals,
    activeDays: rep.activeDays,
    report: rep.report,
    grade: rep.grade,
    quotaMinor: rep.quotaMinor,
    benchmarks: priorities.benchmarks,
    weekly: weekly.map((week) => ({ week: week.week, totals: week.totals })).sort((a, b) => a.week.localeCompare(b.week)),
    radar: [...latest.values()],
    assessmentHistory: assessments.slice(0, 40).map((assessment) => ({ ...assessment, assessedOn: dayKey(assessment.assessedOn) })),
    oneOnOnes: oneOnOnes.map((meeting) => ({ id: meeting.id, date: dayKey(meeting.scheduledAt), status: meeting.status, focus: meeting.focusCompetency?.name ?? null })),
    commitments: commitments.map((commitment) => {
      const dueOn = dayKey(commitment.dueOn);
      return { ...commitment, dueOn, overdue: isOverdue({ status: commitment.status, dueOn }, today) };
    }),
    plans: plans.map((plan) => {
      const planProgress = progress.get(plan.id);
      return {
        id: plan.id,
        status: settled.has(plan.id) ? ("ACHIEVED" as const) : plan.status,
        startedOn: dayKey(plan.startedOn),
        targetDate: dayKey(plan.targetDate),
        baselineValue: plan.baselineValue,
        targetValue: plan.targetValue,
        leverKey: plan.leverKey,
        competencyId: plan.competencyId,
        competency: plan.competency.name,
        progress: planProgress ? { status: planProgress.status, value: planProgress.value, sample: planProgress.sample, kind: planProgress.lever?.kind ?? null } : null,
      };
    }),
    plays,
  };
}

export type RepProfile = Awaited<ReturnType<typeof getRepProfile>>;
