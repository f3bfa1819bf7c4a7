import { formatDate, formatPercent } from "@/lib/format";
import { LazyScorecardTrendPlot } from "@/components/charts/lazy-plot";

export interface ScorecardTrend {
  key: string;
  label: string;
  /** Oldest window first; null where the window had not enough data. */
  points: { from: string; to: string; value: number | null; median: number | null }[];
}

const percent = (value: number) => formatPercent(value);

/** One small chart per share metric: the manager over the trend windows against the median manager. */
export function ScorecardTrendCharts({ trends, subject }: { trends: ScorecardTrend[]; subject: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {trends.map((trend) => {
        const data = trend.points.map((point) => ({ ...point, label: formatDate(point.to) }));
        return (
          <figure key={trend.key} className="rounded-md border border-slate-100 p-2">
            <figcaption className="mb-1 text-sm font-medium text-slate-800">{trend.label}</figcaption>
            <div className="h-44 w-full" aria-hidden="true">
              <LazyScorecardTrendPlot data={data} subject={subject} />
            </div>
            <div className="sr-only">
              <table>
                <caption>
                  {trend.label}: {subject} against the median manager, by 90-day window
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Window</th>
                    <th scope="col">{subject}</th>
                    <th scope="col">Median manager</th>
                  </tr>
                </thead>
                <tbody>
                  {trend.points.map((point) => (
                    <tr key={point.to}>
                      <th scope="row">
                        {point.from} to {point.to}
                      </th>
                      <td>{point.value === null ? "not enough data" : percent(point.value)}</td>
                      <td>{point.median === null ? "no manager measured" : percent(point.median)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </figure>
        );
      })}
    </div>
  );
}
