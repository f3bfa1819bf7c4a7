"use client";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatLeverValue, type LeverKind } from "@/lib/format";

export function PlanProgressPlot({
  data,
  kind,
  currency,
  baseline,
  target,
}: {
  data: { label: string; value: number | null; expected: number | null }[];
  kind: LeverKind;
  currency: string;
  baseline: number | null;
  target: number | null;
}) {
  const format = (value: number | null) => formatLeverValue(kind, value, currency);
  return (
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
  );
}
