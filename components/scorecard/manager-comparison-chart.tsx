"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";

export interface ManagerComparisonRow {
  name: string;
  /** Metric key → share (0–1), null when that manager has not enough data. */
  values: Record<string, number | null>;
}

const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed"];
const percent = (value: number) => formatPercent(value);

/** The share metrics side by side per manager, with the median manager as the last group. */
export function ManagerComparisonChart({ metrics, rows }: { metrics: { key: string; label: string }[]; rows: ManagerComparisonRow[] }) {
  const data = rows.map((row) => ({ name: row.name, ...row.values }));
  return (
    <figure>
      <div className="h-72 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={percent} domain={[0, 1]} tick={{ fontSize: 12 }} width={48} />
            <Tooltip formatter={(value) => (typeof value === "number" ? percent(value) : "not enough data")} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {metrics.map((metric, index) => (
              <Bar isAnimationActive={false} key={metric.key} dataKey={metric.key} name={metric.label} fill={COLORS[index % COLORS.length]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="sr-only">
        <table>
          <caption>Share metrics per manager and for the median manager, current window</caption>
          <thead>
            <tr>
              <th scope="col">Manager</th>
              {metrics.map((metric) => (
                <th key={metric.key} scope="col">
                  {metric.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                {metrics.map((metric) => {
                  const value = row.values[metric.key];
                  return <td key={metric.key}>{value === null || value === undefined ? "not enough data" : percent(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
