import { LazyCompetencyRadarPlot } from "@/components/charts/lazy-plot";

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
        <LazyCompetencyRadarPlot points={points} leaderLabel={leaderLabel} />
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
