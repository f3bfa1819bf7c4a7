"use client";
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatSignedPercent as signedPercent } from "@/lib/format";

export interface FunnelPlotPoint {
  stage: string;
  label: string;
  actual: number;
  atBenchmark: number | null;
  /** Actual against benchmark as a share (−0.3 = 30 % fewer buyers). */
  gap: number;
}

export function FunnelPlot({ data }: { data: FunnelPlotPoint[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
        <YAxis tick={{ fontSize: 12 }} width={56} tickFormatter={(value: number) => signedPercent(value)} />
        <ReferenceLine y={0} stroke="#334155" />
        <Tooltip
          formatter={(value, _name, item) => {
            const point = item.payload as FunnelPlotPoint;
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
  );
}
