"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { LeverBenchmark, LeverCell } from "@/components/dashboard/lever-cell";
import { PacingSummary, type PacingView } from "@/components/goals/pacing-summary";
import { formatConfidence, formatCount, formatDate, formatMoneyCompact, formatPercent, type LeverKind, type LeverStatusKey } from "@/lib/format";
import { StartOneOnOneButton } from "@/components/one-on-ones/start-one-on-one-button";

export interface TeamTableRow {
  repId: string;
  name: string;
  grade: "A" | "B" | "C" | null;
  attainment: number | null;
  /**
   * Each lever's figure as [value, status, confident]. The benchmark and where it comes from are
   * the same for every rep of a team, so they travel once, on the lever (TeamTableLever): each of
   * a client component's props is written into the page twice, as HTML and as RSC payload (#21).
   */
  levers: Record<string, LeverFigure>;
  focus: { label: string; competency: string | null; liftRevenueMinor: number; confidence: number } | null;
  /** Why the rep has no focus when their data is suspect ("data problem, not a rep problem"). */
  dataProblem: string | null;
  lastOneOnOne: string | null;
  /** Set when the rep's last one-on-one is older than the manager's cadence. */
  outOfCadence: { cadenceDays: number; daysSinceLast: number | null } | null;
  openCommitments: number;
  overdueCommitments: number;
  /** This fiscal quarter: to date and projected at the window's pace. */
  pacing?: PacingView | null;
  /** The pooled row only: the focus most reps share. */
  mostCommonFocus?: { label: string; count: number } | null;
}

export type LeverFigure = readonly [value: number | null, status: LeverStatusKey, confident: boolean];

export interface TeamTableLever {
  key: string;
  label: string;
  kind: LeverKind;
  benchmark: number | null;
  benchmarkSource: string | null;
}

type SortKey = "name" | "attainment" | "focusLift" | "lastOneOnOne" | "overdue" | `lever:${string}`;

const GRADE_TONE = { A: "good", B: "warn", C: "bad" } as const;

function sortValue(row: TeamTableRow, key: SortKey): number | string {
  if (key === "name") return row.name;
  if (key === "attainment") return row.attainment ?? -1;
  if (key === "focusLift") return row.focus?.liftRevenueMinor ?? -1;
  if (key === "lastOneOnOne") return row.lastOneOnOne ?? "";
  if (key === "overdue") return row.overdueCommitments;
  return row.levers[key.slice(6)]?.[0] ?? -1;
}

export function TeamTable({
  rows,
  pooled,
  levers,
  currency,
  canStartOneOnOne = false,
}: {
  rows: TeamTableRow[];
  pooled: TeamTableRow;
  levers: TeamTableLever[];
  currency: string;
  /** The team's manager starts a one-on-one from a rep's row. */
  canStartOneOnOne?: boolean;
}) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: "focusLift", descending: true });
  const sorted = useMemo(() => {
    const copy = [...rows];
    copy.sort((a, b) => {
      const left = sortValue(a, sort.key);
      const right = sortValue(b, sort.key);
      const order = typeof left === "string" && typeof right === "string" ? left.localeCompare(right) : Number(left) - Number(right);
      return sort.descending ? -order : order;
    });
    return copy;
  }, [rows, sort]);

  // A lever's column also shows its benchmark, once: every rep of the team is held to the same one.
  const header = (key: SortKey, label: string, below?: React.ReactNode) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}
        className="border-b border-slate-200 px-2 py-2 text-left align-bottom font-semibold text-slate-700"
      >
        <button
          type="button"
          className="inline-flex items-center gap-1 rounded text-left hover:text-brand-700"
          onClick={() => setSort((current) => ({ key, descending: current.key === key ? !current.descending : key !== "name" }))}
        >
          {label}
          <span aria-hidden="true" className="text-xs">
            {active ? (sort.descending ? "↓" : "↑") : "↕"}
          </span>
        </button>
        {below}
      </th>
    );
  };

  const renderRow = (row: TeamTableRow, isPooled = false) => (
    <tr key={row.repId} className={isPooled ? "bg-slate-50 font-medium" : "hover:bg-slate-50"} data-testid={isPooled ? "pooled-row" : "rep-row"}>
      <th scope="row" className="text-left font-medium">
        {isPooled ? (
          row.name
        ) : (
          <Link href={`/reps/${row.repId}`} className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
            {row.name}
          </Link>
        )}
      </th>
      <td>
        {row.grade ? (
          <Badge tone={GRADE_TONE[row.grade]} aria-label={`Grade ${row.grade}`}>
            {row.grade}
          </Badge>
        ) : (
          <span className="text-slate-500">—</span>
        )}{" "}
        <span className="text-slate-700">{formatPercent(row.attainment)}</span>
        {row.pacing ? (
          <div className="mt-2 border-t border-slate-100 pt-1 text-xs whitespace-nowrap">
            <span className="font-medium text-slate-800">{row.pacing.periodKey}</span>
            <PacingSummary pacing={row.pacing} currency={currency} />
          </div>
        ) : null}
      </td>
      <td className="min-w-44">
        {isPooled ? (
          pooledFocus(row)
        ) : row.focus ? (
          <div data-testid="focus">
            <div className="font-semibold text-slate-900">{row.focus.competency ?? row.focus.label}</div>
            {/* One string, not three text nodes; what confidence means is the note under the table. */}
            <div className="text-xs text-slate-700">{`+${formatMoneyCompact(row.focus.liftRevenueMinor, currency)} · ${formatConfidence(row.focus.confidence)} sure`}</div>
          </div>
        ) : row.dataProblem ? (
          <div data-testid="focus">
            <Badge tone="warn" title={row.dataProblem}>
              Data problem
            </Badge>
            <div className="mt-1 text-xs text-slate-700">not a rep problem: check the logging</div>
          </div>
        ) : (
          <span className="text-sm text-slate-600" data-testid="focus">
            No clear priority
          </span>
        )}
      </td>
      <td>
        <div className="whitespace-nowrap">{isPooled ? "" : formatDate(row.lastOneOnOne)}</div>
        {row.outOfCadence ? (
          <Badge tone="warn" className="mt-1" title={`Cadence: every ${formatCount(row.outOfCadence.cadenceDays, "day")}`}>
            {`${row.outOfCadence.daysSinceLast === null ? "never met" : `${formatCount(row.outOfCadence.daysSinceLast, "day")} ago`} · out of cadence`}
          </Badge>
        ) : null}
        {canStartOneOnOne && !isPooled ? (
          <div className="mt-1">
            <StartOneOnOneButton memberId={row.repId} memberName={row.name} size="sm" compact />
          </div>
        ) : null}
      </td>
      <td className="whitespace-nowrap">
        {isPooled ? (
          ""
        ) : (
          <>
            {`${row.openCommitments} open`}
            {row.overdueCommitments > 0 ? (
              <Badge tone="bad" className="ml-1">
                {`${row.overdueCommitments} overdue`}
              </Badge>
            ) : null}
          </>
        )}
      </td>
      {levers.map((lever) => {
        const figure = row.levers[lever.key];
        const cell = figure
          ? { value: figure[0], status: figure[1], confident: figure[2], benchmark: lever.benchmark, benchmarkSource: lever.benchmarkSource }
          : undefined;
        return (
          <td key={lever.key} className="lever-cell" data-testid={`lever-${lever.key}`}>
            <LeverCell kind={lever.kind} cell={cell} currency={currency} benchmarkInHeader />
          </td>
        );
      })}
    </tr>
  );

  const pooledFocus = (row: TeamTableRow) =>
    // A focus is "common" only when two or more reps share it.
    row.mostCommonFocus && row.mostCommonFocus.count > 1 ? (
      <div>
        <div className="font-semibold">{row.mostCommonFocus.label}</div>
        <div className="text-xs text-slate-700">{`most common focus (${formatCount(row.mostCommonFocus.count, "rep")})`}</div>
      </div>
    ) : (
      <span className="text-sm text-slate-600">No focus shared by two reps</span>
    );

  return (
    <div className="w-full overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">
          Reps of the team with grade (and this quarter to date and projected), coaching focus, last one-on-one, commitments and each ratio against its
          benchmark
        </caption>
        <thead>
          <tr>
            {header("name", "Rep")}
            {header("attainment", "Grade")}
            {/* The one priority comes first: it is what the manager opens the dashboard for. */}
            {header("focusLift", "Focus")}
            {header("lastOneOnOne", "Last 1:1")}
            {header("overdue", "Commitments")}
            {/* The ratio grid is the detail behind the focus: it may scroll, the columns above may not. */}
            {levers.map((lever) =>
              header(
                `lever:${lever.key}`,
                lever.label,
                <LeverBenchmark
                  kind={lever.kind}
                  benchmark={lever.benchmark}
                  source={lever.benchmarkSource}
                  currency={currency}
                  className="text-xs font-normal text-slate-600"
                />,
              ),
            )}
          </tr>
        </thead>
        {/* Every body cell's border and padding, set once here rather than on each of ~150 cells (issue #21: bytes rendered per request). */}
        <tbody className="*:*:border-b *:*:border-slate-100 *:*:px-2 *:*:py-2">
          {renderRow(pooled, true)}
          {sorted.map((row) => renderRow(row))}
        </tbody>
      </table>
    </div>
  );
}
