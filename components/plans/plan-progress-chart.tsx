"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate, formatLeverValue, type LeverKind } from "@/lib/format";

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
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={24} />
            <YAxis tick={{ fontSize: 11 }} tickFormatter={(value: number) => format(value)} domain={[0, "auto"]} width={64} />
            <Tooltip formatter={(value) => (typeof value === "number" ? format(value) : String(value))} />
            <Legend />
            <Line
              isAnimationActive={false}
              name="Since the start (cumulative)"
              type="monotone"
              dataKey="value"
              stroke="#1d4ed8"
              strokeWidth={2}
              dot={data.length < 4}
              connectNulls
            />
            <Line
              isAnimationActive={false}
              name="Path to the target"
              type="linear"
              dataKey="expected"
              stroke="#64748b"
              strokeDasharray="4 4"
              dot={false}
              connectNulls
            />
            {baseline !== null ? (
              <ReferenceLine
                y={baseline}
                stroke="#94a3b8"
                ifOverflow="extendDomain"
                label={{ value: `Baseline ${format(baseline)}`, position: "insideBottomLeft", fontSize: 11 }}
              />
            ) : null}
            {target !== null ? (
              <ReferenceLine
                y={target}
                stroke="#b45309"
                strokeDasharray="6 3"
                ifOverflow="extendDomain"
                label={{ value: `Target ${format(target)}`, position: "insideTopLeft", fontSize: 11 }}
              />
            ) : null}
          </LineChart>
        </ResponsiveContainer>
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
