import { formatPercent } from "@/lib/format";
import { LazyRatioTrendPlot } from "@/components/charts/lazy-plot";

export interface RatioTrend {
  lever: string;
  label: string;
  benchmark: number | null;
  points: { week: string; value: number | null }[];
}

const percent = (value: number) => formatPercent(value);

/** One small chart per ratio: weekly value with the benchmark as a dashed line. */
export function RatioTrendCharts({ trends }: { trends: RatioTrend[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {trends.map((trend) => (
        <figure key={trend.lever} className="rounded-md border border-slate-100 p-2">
          <figcaption className="mb-1 text-sm font-medium text-slate-800">{trend.label}</figcaption>
          <div className="h-36 w-full" aria-hidden="true">
            <LazyRatioTrendPlot points={trend.points} benchmark={trend.benchmark} />
          </div>
          <div className="sr-only">
            <table>
              <caption>
                {trend.label} by week{trend.benchmark !== null ? `, benchmark ${percent(trend.benchmark)}` : ""}
              </caption>
              <tbody>
                {trend.points.map((point) => (
                  <tr key={point.week}>
                    <th scope="row">Week of {point.week}</th>
                    <td>{point.value === null ? "no data" : percent(point.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      ))}
    </div>
  );
}
