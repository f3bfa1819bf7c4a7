"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatPercent } from "@/lib/format";

const percent = (value: number) => formatPercent(value);

export function ScorecardTrendPlot({ data, subject }: { data: { label: string; value: number | null; median: number | null }[]; subject: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 12, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 10 }} />
        <YAxis tick={{ fontSize: 10 }} tickFormatter={percent} domain={[0, 1]} />
        <Tooltip formatter={(value) => (typeof value === "number" ? percent(value) : "not enough data")} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Line isAnimationActive={false} name={subject} type="monotone" dataKey="value" stroke="#1d4ed8" strokeWidth={2} dot connectNulls={false} />
        <Line
          isAnimationActive={false}
          name="Median manager"
          type="monotone"
          dataKey="median"
          stroke="#b45309"
          strokeDasharray="6 3"
          dot={{ r: 2 }}
          connectNulls={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
