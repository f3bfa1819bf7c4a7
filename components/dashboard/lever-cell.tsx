import { LeverStatus } from "@/components/dashboard/lever-status";
import { formatLeverComparison, type LeverKind, type LeverStatusKey } from "@/lib/format";

export interface LeverCellValue {
  value: number | null;
  benchmark: number | null;
  benchmarkSource: string | null;
  status: LeverStatusKey;
  /** The gap reaches the organization's confidence threshold (the engine decides; lib/coaching). */
  confident: boolean;
}

const SOURCE_LABEL: Record<string, string> = { team: "team benchmark", organization: "organization benchmark", team_top_quartile: "team top quartile" };

/**
 * A lever's value, its benchmark (with where it comes from) and a status in words and icon. Its
 * cell carries the class "lever-cell", whose rule in app/globals.css styles these lines: a team
 * table shows one per lever per rep, and their classes were a tenth of the dashboard's HTML (#21).
 */
export function LeverCell({ kind, cell, currency }: { kind: LeverKind; cell: LeverCellValue | undefined; currency: string }) {
  const shown = formatLeverComparison(kind, cell?.value, cell?.benchmark, cell?.status ?? "no_benchmark", currency);
  return (
    <>
      <div>{shown.value}</div>
      <div title={cell?.benchmarkSource ? SOURCE_LABEL[cell.benchmarkSource] : undefined}>
        {`vs ${shown.benchmark}${cell?.benchmarkSource === "team" ? " (team)" : cell?.benchmarkSource === "team_top_quartile" ? " (top quartile)" : ""}`}
      </div>
      {cell ? <LeverStatus status={shown.displayedStatus} confident={cell.confident} /> : null}
    </>
  );
}
