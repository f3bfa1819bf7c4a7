import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { addDays, startOfIsoWeek, todayIn, workingDaysBetween, dayKey } from "@/lib/calendar/days";
import { formatRatio, leversFor, type FunnelStageDef, type LeverKind } from "@/lib/coaching";
import { evaluatePlan, leverIncrement, minPlanSample, type PlanPeriod, type PlanProgressStatus } from "@/lib/coaching/plan-status";

export interface PlanForProgress {
  id: string;
  subjectId: string;
  leverKey: string | null;
  baselineValue: number | null;
  targetValue: number | null;
  startedOn: Date;
  targetDate: Date;
  status: PlanStatus;
  closedAt: Date | null;
  resultValue: number | null;
  resultSample: number | null;
}

export interface PlanProgress {
  /** The computed status of an active plan, or how a closed plan ended. */
  status: PlanProgressStatus | "closed";
  reasonText: string;
  lever: { key: string; label: string; kind: LeverKind } | null;
  /** Cumulative since the start (an achieved or closed plan: its kept result). */
  value: number | null;
  sample: number;
  minSample: number;
  sampleNoun: string;
  baseline: number | null;
  target: number | null;
  /** The straight path from baseline to target, today. */
  expected: number | null;
  /** The last day counted: today, or the day the plan closed. */
  through: string;
  /** One point per week since the start: the cumulative value through that week. */
  points: { week: string; through: string; value: number | null; sample: number; expected: number | null }[];
  /** An active plan that met its target: what settling it keeps. */
  achievement: { value: number; sample: number; on: string } | null;
}

const day = dayKey;

function sampleNounFor(stages: readonly FunnelStageDef[], kind: LeverKind, from: string | undefined): string {
  if (kind === "volume") return "working days";
  if (kind === "deal_size") return "deals won";
  return stages.find((stage) => stage.key === from)?.label.toLowerCase() ?? "attempts";
}

/**
 * Progress of each plan from activity since its start, in ONE grouped query for any number of
 * plans (weekly totals per plan, each cut at the plan's own start and end). The caller passes
 * plans it has already scoped to the viewer; the organization id is always a filter too.
 */
export async function loadPlanProgress(
  organization: { id: string; timeZone: string; currency: string; stages: FunnelStageDef[] },
  plans: readonly PlanForProgress[],
  asOf = todayIn(organization.timeZone),
  // Inside a transaction, pass it: the embedded database serves one transaction at a time, so a
  // read on another connection would wait for this one to end.
  client: Pick<Prisma.TransactionClient, "$queryRaw"> = readDb,
): Promise<Map<string, PlanProgress>> {
  const result = new Map<string, PlanProgress>();
  if (plans.length === 0) return result;
  const endOf = (plan: PlanForProgress) => {
    const closed = plan.closedAt && plan.status !== "ACTIVE" ? todayIn(organization.timeZone, plan.closedAt) : null;
    return closed && closed < asOf ? closed : asOf;
  };
  const rows = await client.$queryRaw<{ planId: string; week: string; stage: string; total: number }[]>(Prisma.sql`
    WITH bounds AS (SELECT * FROM unnest(${plans.map((plan) => plan.id)}::text[], ${plans.map(endOf)}::text[]) AS b("planId", "endDay"))
    SELECT p."id" AS "planId", to_char(date_trunc('week', a."day"), 'YYYY-MM-DD') AS week, a."stage", SUM(a."value")::float8 AS total
    FROM bounds b
    JOIN "DevelopmentPlan" p ON p."id" = b."planId" AND p."organizationId" = ${organization.id}
    JOIN "Activity" a ON a."organizationId" = p."organizationId" AND a."repId" = p."subjectId" AND a."day" >= p."startedOn" AND a."day" <= b."endDay"::date
    GROUP BY 1, 2, 3`);
  const weekly = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const key = `${row.planId}|${row.week}`;
    const totals = weekly.get(key) ?? {};
    totals[row.stage] = Number(row.total);
    weekly.set(key, totals);
  }

  const levers = leversFor(organization.stages);
  const format = (kind: LeverKind, value: number | null) => formatRatio(kind, value, { currency: organization.currency });
  for (const plan of plans) {
    const startedOn = day(plan.startedOn);
    const targetDate = day(plan.targetDate);
    const through = endOf(plan);
    const lever = levers.find((entry) => entry.key === plan.leverKey) ?? null;
    const kind: LeverKind = lever?.kind ?? "ratio";
    const sampleNoun = sampleNounFor(organization.stages, kind, lever?.from);
    const periods: PlanPeriod[] = [];
    for (let week = startOfIsoWeek(startedOn); week <= through; week = addDays(week, 7)) {
      const from = week < startedOn ? startedOn : week;
      const lastDay = addDays(week, 6);
      const to = lastDay < through ? lastDay : through;
      if (from > to) continue;
      periods.push({
        from,
        to,
        ...(lever
          ? leverIncrement(organization.stages, lever, weekly.get(`${plan.id}|${week}`) ?? {}, workingDaysBetween(from, to))
          : { numerator: 0, denominator: 0 }),
      });
    }
    const evaluation = evaluatePlan({
      kind,
      baseline: plan.baselineValue,
      target: plan.targetValue,
      startedOn,
      targetDate,
      asOf: through,
      periods,
      sampleNoun,
      currency: organization.currency,
    });
    const points = evaluation.points.map((point) => ({
      week: startOfIsoWeek(point.from),
      through: point.to,
      value: point.value,
      sample: point.sample,
      expected: point.expected,
    }));
    const common = {
      lever: lever ? { key: lever.key, label: lever.label, kind: lever.kind } : null,
      minSample: evaluation.minSample,
      sampleNoun,
      baseline: plan.baselineValue,
      target: plan.targetValue,
      through,
      points,
    };

    if (plan.status !== "ACTIVE") {
      const kept = plan.resultValue;
      const keptSample = plan.resultSample ?? 0;
      const closedOn = plan.closedAt ? todayIn(organization.timeZone, plan.closedAt) : through;
      result.set(plan.id, {
        ...common,
        status: plan.status === "ACHIEVED" ? "achieved" : "closed",
        value: kept,
        sample: keptSample,
        expected: evaluation.expected,
        achievement: null,
        reasonText: `${plan.status === "ACHIEVED" ? "Achieved" : "Closed"} on ${closedOn}: ${format(kind, kept)} over ${keptSample} ${sampleNoun} since the start, against a ${format(kind, plan.targetValue)} target.`,
      });
      continue;
    }
    if (!lever) {
      result.set(plan.id, {
        ...common,
        status: "insufficient_data",
        value: null,
        sample: 0,
        minSample: minPlanSample("ratio"),
        expected: null,
        achievement: null,
        reasonText: `The lever this plan measures (${plan.leverKey ?? "none"}) is no longer in the funnel, so progress cannot be measured.`,
      });
      continue;
    }
    // An achieved plan keeps what it achieved with, whatever came after.
    const achieved = evaluation.status === "achieved";
    result.set(plan.id, {
      ...common,
      status: evaluation.status,
      reasonText: evaluation.reasonText,
      value: achieved ? evaluation.achievedValue : evaluation.value,
      sample: achieved ? (evaluation.achievedSample ?? evaluation.sample) : evaluation.sample,
      expected: evaluation.expected,
      achievement:
        evaluation.status === "achieved" && evaluation.achievedValue !== null && evaluation.achievedSample !== null && evaluation.achievedOn
          ? { value: evaluation.achievedValue, sample: evaluation.achievedSample, on: evaluation.achievedOn }
          : null,
    });
  }
  return result;
}
