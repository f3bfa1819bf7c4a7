import { formatMoney } from "@/lib/format";
import { clsx } from "clsx";
import { REVENUE_COLUMN } from "@/components/activity/cell-format";
import type { DailyTargets } from "@/lib/server/activity/get-daily-targets";

// "your" for the rep, "Priya Raman's" for a manager looking at the rep's grid.
const sourceText = (source: DailyTargets["source"], whose: string): string => {
  if (source === "quota_reverse_funnel")
    return `Against what ${whose} quota needs per working day for the rest of the period, worked back through ${whose} own ratios as of yesterday's close (it holds all day).`;
  if (source === "non_working_day") return "No targets today: targets are per working day (Monday to Friday).";
  return "Against the daily target: the organization's volume benchmark carried down the funnel by its ratio benchmarks, per working day.";
};

function formatTarget(target: number, isRevenue: boolean, currency: string): string {
  if (isRevenue) return formatMoney(target, currency);
  return target < 10 ? target.toFixed(1).replace(/\.0$/, "") : String(Math.round(target));
}

/** Today's figures against the daily targets (per working day), one tile per stage and revenue. */
export function TodayTargets({
  columns,
  values,
  targets,
  targetSource,
  todayLabel,
  currency,
  whose,
}: {
  columns: { key: string; label: string }[];
  values: Record<string, number>;
  targets: Record<string, number | null> | null;
  targetSource: DailyTargets["source"] | null;
  todayLabel: string;
  currency: string;
  whose: string;
}) {
  return (
    <section aria-labelledby="today-targets-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="today-targets-heading" className="text-base font-semibold text-slate-900">
        Today, {todayLabel}
      </h2>
      {targetSource ? <p className="text-sm text-slate-600">{sourceText(targetSource, whose)}</p> : null}
      <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7" data-testid="today-totals">
        {columns.map((column) => {
          const isRevenue = column.key === REVENUE_COLUMN;
          const value = values[column.key] ?? 0;
          const target = targets?.[column.key] ?? null;
          const share = target && target > 0 ? Math.min(1, value / target) : null;
          const label = isRevenue ? "Revenue won" : column.label;
          return (
            <li key={column.key} className="rounded-md border border-slate-100 bg-slate-50 px-3 py-2">
              <p className="text-xs font-medium text-slate-600">{label}</p>
              <p className="text-lg font-semibold tabular-nums text-slate-900">
                {isRevenue ? formatMoney(value, currency) : value}
                <span className="text-sm font-normal text-slate-600"> of {target === null ? "no target" : formatTarget(target, isRevenue, currency)}</span>
              </p>
              {share !== null ? (
                <div aria-hidden="true" className="mt-1 h-1.5 rounded-full bg-slate-200">
                  <div className={clsx("h-1.5 rounded-full", share >= 1 ? "bg-emerald-600" : "bg-brand-600")} style={{ width: `${Math.round(share * 100)}%` }} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
