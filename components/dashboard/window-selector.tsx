import Link from "next/link";
import { cn } from "@/lib/cn";
import { WINDOW_OPTIONS } from "@/lib/calendar/coaching-window";

/** The time window lives in the URL so a dashboard view can be bookmarked and shared. */
export function WindowSelector({ basePath, current }: { basePath: string; current: string }) {
  return (
    <nav aria-label="Time window">
      <ul className="flex flex-wrap gap-1 rounded-lg border border-slate-200 bg-white p-1">
        {WINDOW_OPTIONS.map((option) => (
          <li key={option.key}>
            <Link
              href={`${basePath}?window=${option.key}`}
              aria-current={current === option.key ? "page" : undefined}
              className={cn("block rounded-md px-3 py-1.5 text-sm", current === option.key ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100")}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
