import { Badge } from "@/components/ui/badge";
import { formatPercent, formatMoneyCompact } from "@/lib/format";

/** Where a rep or team stands in the period, as the server computes it (lib/server/goals/pace-coached-group.ts). */
export interface PacingView {
  periodKey: string;
  quotaMinor: number | null;
  wonToDateMinor: number;
  attainmentToDate: number | null;
  gradeToDate: "A" | "B" | "C" | null;
  projectedMinor: number | null;
  lowMinor: number | null;
  highMinor: number | null;
  projectedAttainment: number | null;
  lowAttainment: number | null;
  highAttainment: number | null;
  projectedGrade: "A" | "B" | "C" | null;
  status: string;
}

const GRADE_TONE = { A: "good", B: "warn", C: "bad" } as const;

function GradeBadge({ grade, what }: { grade: "A" | "B" | "C" | null; what: string }) {
  if (!grade) return <span className="text-slate-500">—</span>;
  return (
    <Badge tone={GRADE_TONE[grade]}>
      <span className="sr-only">Grade </span>
      {grade}
      <span className="sr-only"> {what}</span>
    </Badge>
  );
}

/** Attainment and grade to date, then the projection at today's pace with its 90 % range and the grade on it. */
export function PacingSummary({ pacing, currency }: { pacing: PacingView | null | undefined; currency: string }) {
  if (!pacing) return <span className="text-slate-500">—</span>;
  const range =
    pacing.lowAttainment !== null && pacing.highAttainment !== null
      ? `${formatPercent(pacing.lowAttainment)}–${formatPercent(pacing.highAttainment)}`
      : pacing.lowMinor !== null && pacing.highMinor !== null
        ? `${formatMoneyCompact(pacing.lowMinor, currency)}–${formatMoneyCompact(pacing.highMinor, currency)}`
        : null;
  return (
    <div className="flex flex-col gap-1" data-testid="pacing">
      <div>
        <span className="text-xs text-slate-600">To date </span>
        {pacing.quotaMinor === null ? (
          <span className="text-slate-700">{`${formatMoneyCompact(pacing.wonToDateMinor, currency)} · no quota`}</span>
        ) : (
          <>
            <GradeBadge grade={pacing.gradeToDate} what="so far" /> <span className="text-slate-700">{formatPercent(pacing.attainmentToDate)}</span>
          </>
        )}
      </div>
      <div>
        <span className="text-xs text-slate-600">Projected </span>
        {pacing.status === "insufficient_data" ? (
          <span className="text-xs text-slate-600">not enough data</span>
        ) : pacing.quotaMinor === null ? (
          <span className="text-slate-700">{pacing.projectedMinor === null ? "—" : formatMoneyCompact(pacing.projectedMinor, currency)}</span>
        ) : (
          <>
            <GradeBadge grade={pacing.projectedGrade} what="projected" />{" "}
            <span className="font-medium text-slate-900">{formatPercent(pacing.projectedAttainment)}</span>
          </>
        )}
        {range && pacing.status !== "insufficient_data" ? <span className="block text-xs text-slate-600">{`90 % range ${range}`}</span> : null}
        {pacing.status === "no_activity" ? <span className="block text-xs text-slate-600">no activity in the window</span> : null}
      </div>
    </div>
  );
}
