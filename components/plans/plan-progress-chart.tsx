import { formatDate, formatLeverValue, type LeverKind } from "@/lib/format";
import { LazyPlanProgressPlot } from "@/components/charts/lazy-plot";

export interface PlanChartPoint {
  /** Monday of the week. */
  week: string;
  /** Last day counted in it. */
  through: string;
  value: number | null;
  sample: number;
  expected: number | null;
}

/** The lever's cumulative value since the plan started, week by week, against the baseline, the target and the path between them. */
export function PlanProgressChart({
  points,
  kind,
  currency,
  baseline,
  target,
  title,
  sampleNoun,
}: {
  points: PlanChartPoint[];
  kind: LeverKind;
  currency: string;
  baseline: number | null;
  target: number | null;
  title: string;
  sampleNoun: string;
}) {
  const format = (value: number | null) => formatLeverValue(kind, value, currency);
  const data = points.map((point) => ({ ...point, label: formatDate(point.through) }));
  return (
    <figure data-testid="plan-progress-chart">
      <figcaption className="mb-2 text-sm font-medium text-slate-800">{title}</figcaption>
      <div className="h-72 w-full" aria-hidden="true">
        <LazyPlanProgressPlot data={data} kind={kind} currency={currency} baseline={baseline} target={target} />
      </div>
      <div className="sr-only">
        <table>
          <caption>
            {title}: baseline {format(baseline)}, target {format(target)}
          </caption>
          <thead>
            <tr>
              <th scope="col">Through</th>
              <th scope="col">Since the start</th>
              <th scope="col">Sample</th>
              <th scope="col">Path to the target</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.week}>
                <th scope="row">{point.through}</th>
                <td>{point.value === null ? "no data" : format(point.value)}</td>
                <td>
                  {point.sample} {sampleNoun}
                </td>
                <td>{format(point.expected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
