"use client";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

export interface RadarPoint {
  competency: string;
  leader: number | null;
  self: number | null;
}

/** Latest manager and self assessment per competency, side by side. */
export function CompetencyRadar({ points, leaderLabel = "Manager" }: { points: RadarPoint[]; leaderLabel?: string }) {
  return (
    <figure>
      <div className="h-72 w-full" aria-hidden="true">
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
      </div>
      <div className="sr-only">
        <table>
          <caption>Latest competency scores, {leaderLabel.toLowerCase()} and self, from 1 to 5</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">{leaderLabel}</th>
              <th scope="col">Self</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.competency}>
                <th scope="row">{point.competency}</th>
                <td>{point.leader ?? "not observed"}</td>
                <td>{point.self ?? "not observed"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
