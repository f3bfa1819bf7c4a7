import { formatCount, formatNumber, formatSignedPercent as signedPercent } from "@/lib/format";
import { LazyFunnelPlot } from "@/components/charts/lazy-plot";

export interface FunnelPoint {
  stage: string;
  label: string;
  actual: number;
  atBenchmark: number | null;
}

/** Actual against benchmark at one stage, as a share: −0.3 is 30 % fewer buyers than benchmark ratios give. */
function gapOf(point: FunnelPoint): number | null {
  return point.atBenchmark !== null && point.atBenchmark > 0 ? point.actual / point.atBenchmark - 1 : null;
}

/**
 * Where the funnel loses buyers: at each stage, how far the actual count is from what benchmark
 * ratios would give from the same top of funnel (0 = on benchmark; below the line, buyers lost).
 * A gap that grows from one stage to the next is the stage that leaks.
 * Server-rendered with its accessible table; the plot loads when it comes on screen.
 */
export function FunnelChart({ points, title }: { points: FunnelPoint[]; title: string }) {
  // The top of the funnel is the starting point (always on benchmark by construction): leave it out.
  const data = points.filter((point) => point.atBenchmark !== null && point !== points[0]).map((point) => ({ ...point, gap: gapOf(point) ?? 0 }));
  return (
    <figure>
      {data.length ? (
        <div className="h-64 w-full" aria-hidden="true">
          <LazyFunnelPlot data={data} />
        </div>
      ) : (
        <p className="text-sm text-slate-600">No benchmark to compare the funnel with yet.</p>
      )}
      <figcaption className="sr-only">{title}</figcaption>
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              <th scope="col">Actual</th>
              <th scope="col">At benchmark ratios</th>
              <th scope="col">Against benchmark</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => {
              const gap = gapOf(point);
              return (
                <tr key={point.stage}>
                  <th scope="row">{point.label}</th>
                  <td>{formatNumber(point.actual)}</td>
                  <td>{point.atBenchmark === null ? "no benchmark" : formatNumber(Math.round(point.atBenchmark))}</td>
                  <td>
                    {gap === null || point.atBenchmark === null
                      ? "—"
                      : `${signedPercent(gap)} (${formatCount(Math.abs(Math.round(point.actual - point.atBenchmark)), "buyer")} ${point.actual < point.atBenchmark ? "fewer" : "more"})`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
