"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface FunnelPoint {
  stage: string;
  label: string;
  actual: number;
  atBenchmark: number | null;
}

/** Actual stage counts against the counts benchmark ratios would give from the same top of funnel. */
export function FunnelChart({ points, title }: { points: FunnelPoint[]; title: string }) {
  return (
    <figure>
      <div className="h-72 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
            <YAxis scale="log" domain={[1, "auto"]} allowDataOverflow tick={{ fontSize: 12 }} width={56} />
            <Tooltip />
            <Legend />
            <Bar isAnimationActive={false} dataKey="actual" name="Actual" fill="#1d4ed8" />
            <Bar isAnimationActive={false} dataKey="atBenchmark" name="At benchmark ratios" fill="#94a3b8" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="sr-only">{title}</figcaption>
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Actual</th>
              <th scope="col">At benchmark ratios</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.stage}>
                <th scope="row">{point.label}</th>
                <td>{point.actual}</td>
                <td>{point.atBenchmark ?? "no benchmark"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
