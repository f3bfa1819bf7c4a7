import { LeverStatus } from "@/components/dashboard/lever-status";
import { formatLeverValue, type LeverKind } from "@/lib/format";

export interface LeverCellValue {
  value: number | null;
  benchmark: number | null;
  benchmarkSource: string | null;
  status: "below_benchmark" | "at_or_above_benchmark" | "insufficient_data" | "no_benchmark";
  confidence: number;
}

const SOURCE_LABEL: Record<string, string> = { team: "team benchmark", organization: "organization benchmark", team_top_quartile: "team top quartile" };

/** A lever's value, its benchmark (with where it comes from) and a status in words and icon. */
export function LeverCell({ kind, cell, currency }: { kind: LeverKind; cell: LeverCellValue | undefined; currency: string }) {
  return (
    <>
      <div className="font-medium">{formatLeverValue(kind, cell?.value ?? null, currency)}</div>
      <div className="text-xs text-slate-600" title={cell?.benchmarkSource ? SOURCE_LABEL[cell.benchmarkSource] : undefined}>
        vs {formatLeverValue(kind, cell?.benchmark ?? null, currency)}
        {cell?.benchmarkSource === "team" ? " (team)" : cell?.benchmarkSource === "team_top_quartile" ? " (top quartile)" : ""}
      </div>
      {cell ? <LeverStatus status={cell.status} confident={cell.confidence >= 0.8} /> : null}
    </>
  );
}
