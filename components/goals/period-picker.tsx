import Link from "next/link";
import { clsx } from "clsx";

/** The period lives in the URL (?period=2026-Q3), so a goal screen can be bookmarked and shared. */
export function PeriodPicker({ basePath, current, periods }: { basePath: string; current: string; periods: { key: string }[] }) {
  return (
    <nav aria-label="Period">
      <ul className="flex flex-wrap gap-1 rounded-lg border border-slate-200 bg-white p-1">
        {periods.map((period) => (
          <li key={period.key}>
            <Link
              href={`${basePath}?period=${period.key}`}
              aria-current={current === period.key ? "page" : undefined}
              className={clsx("block rounded-md px-3 py-1.5 text-sm", current === period.key ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100")}
            >
              {period.key}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
