"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoneyCompact } from "@/lib/format";

const COLORS = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];

/** `data`: one row per quarter, `quarter` plus revenue in minor units under each team's name. */
export function QuarterlyRevenuePlot({ data, teamNames, currency }: { data: Record<string, string | number>[]; teamNames: string[]; currency: string }) {
  const money = (minor: number) => formatMoneyCompact(minor, currency);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="quarter" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={money} tick={{ fontSize: 12 }} width={64} />
        <Tooltip formatter={(value) => (typeof value === "number" ? money(value) : String(value))} />
        <Legend />
        {teamNames.map((name, index) => (
          <Bar isAnimationActive={false} key={name} dataKey={name} fill={COLORS[index % COLORS.length]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
