"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";

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
            <ResponsiveContainer width="100%" height="100%">
              <LineChart accessibilityLayer={false} data={trend.points} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="week" tick={{ fontSize: 10 }} tickFormatter={(week: string) => week.slice(5)} minTickGap={24} />
                <YAxis tick={{ fontSize: 10 }} tickFormatter={percent} domain={[0, "auto"]} />
                <Tooltip formatter={(value) => (typeof value === "number" ? percent(value) : String(value))} />
                <Line isAnimationActive={false} type="monotone" dataKey="value" stroke="#1d4ed8" strokeWidth={2} dot={false} connectNulls />
                {trend.benchmark !== null ? <ReferenceLine y={trend.benchmark} stroke="#b45309" strokeDasharray="6 3" /> : null}
              </LineChart>
            </ResponsiveContainer>
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
