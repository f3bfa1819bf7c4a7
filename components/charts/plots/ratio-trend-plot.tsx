"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";

const percent = (value: number) => formatPercent(value);

export function RatioTrendPlot({ points, benchmark }: { points: { week: string; value: number | null }[]; benchmark: number | null }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={points} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="week" tick={{ fontSize: 10 }} tickFormatter={(week: string) => week.slice(5)} minTickGap={24} />
        <YAxis tick={{ fontSize: 10 }} tickFormatter={percent} domain={[0, "auto"]} />
        <Tooltip formatter={(value) => (typeof value === "number" ? percent(value) : String(value))} />
        <Line isAnimationActive={false} type="monotone" dataKey="value" stroke="#1d4ed8" strokeWidth={2} dot={false} connectNulls />
        {benchmark !== null ? <ReferenceLine y={benchmark} stroke="#b45309" strokeDasharray="6 3" /> : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
