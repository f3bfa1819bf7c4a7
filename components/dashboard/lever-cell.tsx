import { LeverStatus } from "@/components/dashboard/lever-status";
import { formatLeverComparison, formatLeverValue, type LeverKind, type LeverStatusKey } from "@/lib/format";

export interface LeverCellValue {
  value: number | null;
  benchmark: number | null;
  benchmarkSource: string | null;
  status: LeverStatusKey;
  /** The gap reaches the organization's confidence threshold (the engine decides; lib/coaching). */
  confident: boolean;
}

const SOURCE_LABEL: Record<string, string> = { team: "team benchmark", organization: "organization benchmark", team_top_quartile: "team top quartile" };

/** "vs 10 %", with where the benchmark comes from when it is not the organization's. */
export function LeverBenchmark({
  kind,
  benchmark,
  source,
  shown,
  currency,
  className,
}: {
  kind: LeverKind;
  benchmark: number | null;
  source: string | null;
  shown?: string;
  currency: string;
  className?: string;
}) {
  return (
    <div className={className} title={source ? SOURCE_LABEL[source] : undefined}>
      {`vs ${shown ?? formatLeverValue(kind, benchmark, currency)}${source === "team" ? " (team)" : source === "team_top_quartile" ? " (top quartile)" : ""}`}
    </div>
  );
}

/**
 * A lever's value, its benchmark (with where it comes from) and a status in words and icon. Its
 * cell carries the class "lever-cell", whose rule in app/globals.css styles these lines: a team
 * table shows one per lever per rep, and their classes were a tenth of the dashboard's HTML (#21).
 * Where a whole column shares one benchmark (a team's reps), the column's header shows it once and
 * the cell leaves it out (`benchmarkInHeader`).
 */
export function LeverCell({
  kind,
  cell,
  currency,
  benchmarkInHeader = false,
}: {
  kind: LeverKind;
  cell: LeverCellValue | undefined;
  currency: string;
  benchmarkInHeader?: boolean;
}) {
  const shown = formatLeverComparison(kind, cell?.value, cell?.benchmark, cell?.status ?? "no_benchmark", currency);
  return (
    <>
      <div>{shown.value}</div>
      {benchmarkInHeader ? null : (
        <LeverBenchmark kind={kind} benchmark={cell?.benchmark ?? null} source={cell?.benchmarkSource ?? null} shown={shown.benchmark} currency={currency} />
      )}
      {cell ? <LeverStatus status={shown.displayedStatus} confident={cell.confident} /> : null}
    </>
  );
}
