import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { FeedbackText, MedianText, MetricReadingText, VersusMedian } from "@/components/scorecard/metric-reading";
import { PRIORITY_MIN_GAP } from "@/lib/coaching/scorecard";
import type { OrganizationScorecardsView } from "@/lib/server/scorecard/get-organization-scorecards";
import { formatCount } from "@/lib/format";

/** Every manager's current readings side by side, the median manager last; each name opens the full scorecard. */
export function OrganizationScorecardTable({ board }: { board: OrganizationScorecardsView }) {
  const feedbackMedian = board.medians.feedback.at(-1);
  return (
    <div className="w-full overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Each manager&apos;s coaching metrics in the current window against the median manager, and their development priority</caption>
        <thead>
          <tr className="text-left text-slate-700">
            <th scope="col" className="border-b border-slate-200 px-3 py-2 font-semibold">
              Manager
            </th>
            {board.metrics.map((metric) => (
              <th key={metric.key} scope="col" className="border-b border-slate-200 px-3 py-2 font-semibold">
                {metric.label}
              </th>
            ))}
            <th scope="col" className="border-b border-slate-200 px-3 py-2 font-semibold">
              Rep feedback
            </th>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 font-semibold">
              Development priority
            </th>
          </tr>
        </thead>
        <tbody>
          {board.managers.map((manager) => (
            <tr key={manager.id} className="align-top" data-testid="manager-row">
              <th scope="row" className="border-b border-slate-100 px-3 py-2 text-left">
                <Link href={`/org/coaching/${manager.id}`} className="font-medium text-brand-700 hover:underline">
                  {manager.name}
                </Link>
                <span className="block text-xs font-normal text-slate-600">
                  {manager.teams.map((team) => team.name).join(", ") || "No team"} · {formatCount(manager.repCount, "rep")}
                </span>
              </th>
              {manager.metrics.map((metric) => (
                <td key={metric.key} className="border-b border-slate-100 px-3 py-2">
                  <MetricReadingText unit={metric.unit} reading={metric.current} sampleNoun={metric.sampleNoun} />
                  {metric.current.status === "measured" && metric.unit !== "count" && metric.median.value !== null ? (
                    <span className="mt-1 block">
                      <VersusMedian unit={metric.unit} reading={metric.current} median={metric.median} />
                    </span>
                  ) : null}
                </td>
              ))}
              <td className="border-b border-slate-100 px-3 py-2">
                <FeedbackText reading={manager.feedback.current} />
              </td>
              <td className="border-b border-slate-100 px-3 py-2">
                {manager.priority.status === "priority" ? (
                  <span className="font-medium text-slate-900">{manager.priority.competency.name}</span>
                ) : (
                  <span className="text-slate-700">No clear priority</span>
                )}
                {manager.leaderPlans.length ? (
                  <span className="mt-1 block">
                    <Badge tone="info">Plan: {manager.leaderPlans.join(", ")}</Badge>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="align-top bg-slate-50">
            <th scope="row" className="px-3 py-2 text-left font-semibold text-slate-900">
              Median manager
            </th>
            {board.metrics.map((metric) => {
              const median = board.medians.metrics[metric.key].at(-1) ?? { value: null, managers: 0 };
              return (
                <td key={metric.key} className="px-3 py-2">
                  <MedianText unit={metric.unit} median={median} />
                </td>
              );
            })}
            <td className="px-3 py-2">{feedbackMedian && feedbackMedian.value !== null ? `${feedbackMedian.value.toFixed(1)} / 5` : "—"}</td>
            <td className="px-3 py-2 text-xs text-slate-600">A priority is the measured competency furthest below this row, by {Math.round(PRIORITY_MIN_GAP * 100)} % or more</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
