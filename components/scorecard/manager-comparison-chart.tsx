import { formatPercent } from "@/lib/format";
import { LazyManagerComparisonPlot } from "@/components/charts/lazy-plot";

export interface ManagerComparisonRow {
  name: string;
  /** Metric key → share (0–1), null when that manager has not enough data. */
  values: Record<string, number | null>;
}

const percent = (value: number) => formatPercent(value);

/** The share metrics side by side per manager, with the median manager as the last group. */
export function ManagerComparisonChart({ metrics, rows }: { metrics: { key: string; label: string }[]; rows: ManagerComparisonRow[] }) {
  const data = rows.map((row) => ({ name: row.name, ...row.values }));
  return (
    <figure>
      <div className="h-72 w-full" aria-hidden="true">
        <LazyManagerComparisonPlot data={data} metrics={metrics} />
      </div>
      <div className="sr-only">
        <table>
          <caption>Share metrics per manager and for the median manager, current window</caption>
          <thead>
            <tr>
              <th scope="col">Manager</th>
              {metrics.map((metric) => (
                <th key={metric.key} scope="col">
                  {metric.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                {metrics.map((metric) => {
                  const value = row.values[metric.key];
                  return <td key={metric.key}>{value === null || value === undefined ? "not enough data" : percent(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
