import Link from "next/link";
import { Button, buttonVariants } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { Input } from "@/components/ui/input";

/** The week and the rep live in the URL (?week=YYYY-MM-DD&rep=<id>), so a view can be bookmarked; the form works without JavaScript. */
export function WeekControls({
  week,
  reps,
  repId,
  showRepPicker,
}: {
  week: { start: string; label: string; previous: string; next: string | null; isCurrent: boolean };
  reps: { id: string; name: string; teamName: string | null }[];
  repId: string | null;
  showRepPicker: boolean;
}) {
  const href = (start: string | null) => {
    const query = new URLSearchParams();
    if (start) query.set("week", start);
    if (showRepPicker && repId) query.set("rep", repId);
    const text = query.toString();
    return `/activity${text ? `?${text}` : ""}`;
  };
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
      <nav aria-label="Week" className="flex flex-wrap items-center gap-2">
        <Link href={href(week.previous)} className={buttonVariants({ variant: "secondary", size: "sm" })}>
          ← Previous week
        </Link>
        {week.isCurrent ? null : (
          <Link href={href(null)} className={buttonVariants({ variant: "secondary", size: "sm" })}>
            This week
          </Link>
        )}
        {week.next ? (
          <Link href={href(week.next)} className={buttonVariants({ variant: "secondary", size: "sm" })}>
            Next week →
          </Link>
        ) : null}
        <span className="text-sm font-medium text-slate-800" data-testid="week-label">
          Week of {week.label}
        </span>
      </nav>
      <form method="get" action="/activity" className="flex flex-wrap items-end gap-2">
        {showRepPicker ? (
          <div className="flex flex-col gap-1">
            <Label htmlFor="activity-rep">Rep</Label>
            <select id="activity-rep" name="rep" defaultValue={repId ?? undefined} className={`${selectClass} w-56`}>
              {reps.map((rep) => (
                <option key={rep.id} value={rep.id}>
                  {rep.name}
                  {rep.teamName ? ` (${rep.teamName})` : ""}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex flex-col gap-1">
          <Label htmlFor="activity-week">Week of</Label>
          <Input id="activity-week" name="week" type="date" defaultValue={week.start} className="w-40" />
        </div>
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </form>
    </div>
  );
}
