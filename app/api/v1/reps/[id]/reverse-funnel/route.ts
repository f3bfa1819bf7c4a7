import { fromMinorUnits } from "@/lib/money";
import { apiRoute } from "@/lib/server/http/api/api-route";
import { getRepReverseFunnel } from "@/lib/server/goals/get-rep-reverse-funnel";
import { repIdParamsSchema } from "@/lib/validation/api";
import { reverseFunnelQuerySchema } from "@/lib/validation/goals";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const GET = apiRoute({ params: repIdParamsSchema, query: reverseFunnelQuerySchema }, async ({ viewer, params, query }) => {
  const funnel = await getRepReverseFunnel(viewer, params.id, { periodKey: query.period, windowDays: query.window, paceFrom: query.from, asOf: query.to });
  const money = (amount: number | null) => (amount === null ? null : fromMinorUnits(Math.round(amount), funnel.currency));
  const leverValue = (kind: "ratio" | "deal_size", value: number | null) => (kind === "deal_size" ? money(value) : value);
  return {
    repId: funnel.repId,
    period: funnel.period,
    currency: funnel.currency,
    paceWindow: { days: funnel.window.days, from: funnel.window.from, to: funnel.window.to },
    quota: money(funnel.quotaMinor),
    wonToDate: money(funnel.wonToDateMinor) ?? 0,
    remaining: money(funnel.remainingMinor),
    workingDaysLeft: funnel.workingDaysLeft,
    status: funnel.status,
    reasonText: funnel.reasonText,
    stages: funnel.targets.map((target) => ({
      stage: target.stage,
      label: target.label,
      neededPerDay: target.neededPerDay,
      neededPerDayAtBenchmark: target.atBenchmarkPerDay,
      pacePerDay: target.pacePerDay,
    })),
    ratios: funnel.rates.map((rate) => ({
      lever: rate.lever,
      value: leverValue(rate.kind, rate.value),
      source: rate.source,
      thin: rate.thin,
      benchmark: leverValue(rate.kind, rate.benchmark),
    })),
    gapPerDay: funnel.gapPerDay,
    bestLever: funnel.bestLever
      ? {
          lever: funnel.bestLever.lever,
          label: funnel.bestLever.label,
          value: leverValue(funnel.bestLever.kind, funnel.bestLever.value) ?? 0,
          benchmark: leverValue(funnel.bestLever.kind, funnel.bestLever.benchmark) ?? 0,
          topNeededPerDay: funnel.bestLever.topNeededPerDay,
          closesPerDay: funnel.bestLever.closesPerDay,
          shareOfGap: funnel.bestLever.shareOfGap,
        }
      : null,
    projection: {
      status: funnel.projection.status,
      projected: money(funnel.projection.projectedMinor),
      low: money(funnel.projection.lowMinor),
      high: money(funnel.projection.highMinor),
      projectedAttainment: funnel.projection.projectedAttainment,
      projectedGrade: funnel.projection.projectedGrade,
      method: funnel.projectionMethod,
    },
  };
});

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
