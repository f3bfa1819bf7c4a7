"use client";
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatNumber } from "@/lib/format";

export interface FunnelPoint {
  stage: string;
  label: string;
  actual: number;
  atBenchmark: number | null;
}

/** Actual against benchmark at one stage, as a share: −0.3 is 30 % fewer buyers than benchmark ratios give. */
function gapOf(point: FunnelPoint): number | null {
  return point.atBenchmark !== null && point.atBenchmark > 0 ? point.actual / point.atBenchmark - 1 : null;
}

const signedPercent = (share: number) => `${share > 0 ? "+" : share < 0 ? "−" : "±"}${Math.abs(Math.round(share * 100))} %`;

/**
 * Where the funnel loses buyers: at each stage, how far the actual count is from what benchmark
 * ratios would give from the same top of funnel (0 = on benchmark; below the line, buyers lost).
 * A gap that grows from one stage to the next is the stage that leaks.
 */
export function FunnelChart({ points, title }: { points: FunnelPoint[]; title: string }) {
  // The top of the funnel is the starting point (always on benchmark by construction): leave it out.
  const data = points.filter((point) => point.atBenchmark !== null && point !== points[0]).map((point) => ({ ...point, gap: gapOf(point) ?? 0 }));
  return (
    <figure>
      {data.length ? (
        <div className="h-64 w-full" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
              <YAxis tick={{ fontSize: 12 }} width={56} tickFormatter={(value: number) => signedPercent(value)} />
              <ReferenceLine y={0} stroke="#334155" />
              <Tooltip
                formatter={(value, _name, item) => {
                  const point = item.payload as FunnelPoint;
                  return [
                    `${typeof value === "number" ? signedPercent(value) : String(value)} (${formatNumber(point.actual)} vs ${formatNumber(Math.round(point.atBenchmark ?? 0))})`,
                    "Against benchmark",
                  ];
                }}
              />
              <Bar isAnimationActive={false} dataKey="gap" name="Against benchmark">
                {data.map((point) => (
                  <Cell key={point.stage} fill={point.gap < 0 ? "#b91c1c" : "#047857"} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="text-sm text-slate-600">No benchmark to compare the funnel with yet.</p>
      )}
      <figcaption className="sr-only">{title}</figcaption>
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Actual</th>
              <th scope="col">At benchmark ratios</th>
              <th scope="col">Against benchmark</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => {
              const gap = gapOf(point);
              return (
                <tr key={point.stage}>
                  <th scope="row">{point.label}</th>
                  <td>{formatNumber(point.actual)}</td>
                  <td>{point.atBenchmark === null ? "no benchmark" : formatNumber(Math.round(point.atBenchmark))}</td>
                  <td>
                    {gap === null || point.atBenchmark === null
                      ? "—"
                      : `${signedPercent(gap)} (${formatCount(Math.abs(Math.round(point.actual - point.atBenchmark)), "buyer")} ${point.actual < point.atBenchmark ? "fewer" : "more"})`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
