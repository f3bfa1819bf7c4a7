import { fromMinorUnits } from "@/lib/money";
import { apiRoute } from "@/lib/server/http/api/api-route";
import { getRepPriorities } from "@/lib/server/coaching/get-rep-priorities";
import { prioritiesQuerySchema, repIdParamsSchema } from "@/lib/validation/api";
import { methodNotAllowed } from "@/lib/server/http/api/method-not-allowed";

export const GET = apiRoute({ params: repIdParamsSchema, query: prioritiesQuerySchema }, async ({ viewer, params, query }) => {
  const { rep, window, currency } = await getRepPriorities(viewer, params.id, query.from && query.to ? { from: query.from, to: query.to } : { windowDays: query.window ?? 90, asOf: query.asOf });
  const money = (lever: string, value: number | null) => (value !== null && lever === "deal_size" ? fromMinorUnits(value, currency) : value);
  return {
    repId: rep.id,
    window: { days: window.days, from: window.from, to: window.to },
    currency,
    levers: rep.report.levers.map((lever) => ({
      lever: lever.lever,
      competency: lever.competency?.name ?? null,
      actual: money(lever.lever, lever.actual),
      estimate: money(lever.lever, lever.estimate),
      benchmark: money(lever.lever, lever.benchmark),
      benchmarkSource: lever.benchmarkSource,
      liftRevenue: fromMinorUnits(Math.round(lever.liftRevenueMinor), currency),
      confidence: lever.confidence,
      priority: fromMinorUnits(Math.round(lever.priority), currency),
      status: lever.status,
      sampleSize: lever.sampleSize,
      dataQuality: lever.dataQuality,
    })),
    focus: rep.report.focus,
    reason: rep.report.reason,
    reasonText: rep.report.reasonText,
    focusRule: rep.report.focusRule,
    chosenBy: rep.report.chosenBy,
    dataQuality: rep.report.dataQuality,
    grade: rep.grade,
  };
});

const notAllowed = methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
