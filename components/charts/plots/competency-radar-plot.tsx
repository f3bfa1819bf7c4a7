"use client";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import type { RadarPoint } from "@/components/charts/competency-radar";

export function CompetencyRadarPlot({ points, leaderLabel }: { points: RadarPoint[]; leaderLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart accessibilityLayer={false} data={points} outerRadius="70%">
        <PolarGrid />
        <PolarAngleAxis dataKey="competency" tick={{ fontSize: 11 }} />
        <PolarRadiusAxis domain={[0, 5]} tickCount={6} tick={{ fontSize: 10 }} />
        <Radar isAnimationActive={false} name={leaderLabel} dataKey="leader" stroke="#1d4ed8" fill="#1d4ed8" fillOpacity={0.25} />
        <Radar isAnimationActive={false} name="Self" dataKey="self" stroke="#b45309" fill="#b45309" fillOpacity={0.15} />
        <Legend />
      </RadarChart>
    </ResponsiveContainer>
  );
}
