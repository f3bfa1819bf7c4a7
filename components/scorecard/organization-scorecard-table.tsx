import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { FeedbackText, MedianText, MetricReadingText, VersusMedian } from "@/components/scorecard/metric-reading";
import { PRIORITY_MIN_GAP } from "@/lib/coaching/scorecard";
import type { OrganizationScorecardsView } from "@/lib/server/scorecard/get-organization-scorecards";
import { formatCount } from "@/lib/format";
import { RowTh, Table, Td, Th } from "@/components/ui/table";

/** Every manager's current readings side by side, the median manager last; each name opens the full scorecard. */
export function OrganizationScorecardTable({ board }: { board: OrganizationScorecardsView }) {
  const feedbackMedian = board.medians.feedback.at(-1);
  return (
    <Table>
      <caption className="sr-only">
        Each manager&apos;s coaching metrics in the current window against the median manager, and their development priority
      </caption>
      <thead>
        <tr className="text-left text-slate-700">
          <Th>Manager</Th>
          {board.metrics.map((metric) => (
            <Th key={metric.key}>{metric.label}</Th>
          ))}
          <Th>Rep feedback</Th>
          <Th>Development priority</Th>
        </tr>
      </thead>
      <tbody>
        {board.managers.map((manager) => (
          <tr key={manager.id} className="align-top" data-testid="manager-row">
            <RowTh>
              <Link href={`/org/coaching/${manager.id}`} className="font-medium text-brand-700 hover:underline">
                {manager.name}
              </Link>
              <span className="block text-xs font-normal text-slate-600">
                {manager.teams.map((team) => team.name).join(", ") || "No team"} · {formatCount(manager.repCount, "rep")}
              </span>
            </RowTh>
            {manager.metrics.map((metric) => (
              <Td key={metric.key}>
                <MetricReadingText unit={metric.unit} reading={metric.current} sampleNoun={metric.sampleNoun} />
                {metric.current.status === "measured" && metric.unit !== "count" && metric.median.value !== null ? (
                  <span className="mt-1 block">
                    <VersusMedian unit={metric.unit} reading={metric.current} median={metric.median} />
                  </span>
                ) : null}
              </Td>
            ))}
            <Td>
              <FeedbackText reading={manager.feedback.current} />
            </Td>
            <Td>
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
            </Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="align-top bg-slate-50">
          <RowTh className="text-slate-900">Median manager</RowTh>
          {board.metrics.map((metric) => {
            const median = board.medians.metrics[metric.key].at(-1) ?? { value: null, managers: 0 };
            return (
              <Td key={metric.key}>
                <MedianText unit={metric.unit} median={median} />
              </Td>
            );
          })}
          <Td>{feedbackMedian && feedbackMedian.value !== null ? `${feedbackMedian.value.toFixed(1)} / 5` : "—"}</Td>
          <Td className="text-xs text-slate-600">
            A priority is the measured competency furthest below this row, by {Math.round(PRIORITY_MIN_GAP * 100)} % or more
          </Td>
        </tr>
      </tfoot>
    </Table>
  );
}
