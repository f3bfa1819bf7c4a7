"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";

const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed"];
const percent = (value: number) => formatPercent(value);

export function ManagerComparisonPlot({ data, metrics }: { data: Record<string, string | number | null>[]; metrics: { key: string; label: string }[] }) {
  return (
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
  );
}
