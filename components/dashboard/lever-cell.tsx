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

/** A lever's value, its benchmark (with where it comes from) and a status in words and icon. */
export function LeverCell({ kind, cell, currency }: { kind: LeverKind; cell: LeverCellValue | undefined; currency: string }) {
  const shown = formatLeverComparison(kind, cell?.value, cell?.benchmark, cell?.status ?? "no_benchmark", currency);
  return (
    <>
      <div className="font-medium">{shown.value}</div>
      <div className="text-xs text-slate-600" title={cell?.benchmarkSource ? SOURCE_LABEL[cell.benchmarkSource] : undefined}>
        {`vs ${shown.benchmark}${cell?.benchmarkSource === "team" ? " (team)" : cell?.benchmarkSource === "team_top_quartile" ? " (top quartile)" : ""}`}
      </div>
      {cell ? <LeverStatus status={shown.displayedStatus} confident={cell.confident} /> : null}
    </>
  );
}
