import type { Metadata } from "next";
import Link from "next/link";
import { repScope } from "@/lib/access/policy";
import { ActivityGrid } from "@/components/activity/activity-grid";
import { WeekControls } from "@/components/activity/week-controls";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getActivityWeek } from "@/lib/server/activity/get-activity-week";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { requireViewer } from "@/lib/server/viewer/get-viewer";
import { activityWeekQuerySchema } from "@/lib/validation/activity";

export const metadata: Metadata = { title: "Log activity" };

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("activity.log");
  const query = activityWeekQuerySchema.parse(await searchParams);
  // Decided before anything streams: another team's or organization's rep answers a real 404.
  const week = await orNotFound(getActivityWeek(viewer, { week: query.week, repId: query.rep }));
  const isRep = repScope(viewer) === "self";
  return (
    <>
      <PageHeader
        title="Log activity"
        description={isRep ? "Your counts for each day of the week. Every cell saves as you type." : "A rep's counts for each day of the week. Every cell saves as you type."}
        actions={
          isRep ? null : (
            <Link href="/activity/import" className={buttonVariants({ variant: "secondary" })}>
              Import a CSV
            </Link>
          )
        }
      />
      <WeekControls week={week.week} reps={week.reps} repId={week.rep?.id ?? null} showRepPicker={!isRep && week.reps.length > 0} />
      {week.rep ? (
        <>
          {isRep ? null : <h2 className="mb-3 text-lg font-semibold text-slate-900">{week.rep.name}</h2>}
          <ActivityGrid
            key={`${week.rep.id}|${week.week.start}`}
            repId={week.rep.id}
            repName={week.rep.name}
            ownActivity={week.rep.id === viewer.id}
            days={week.days}
            stages={week.stages}
            values={week.values}
            todayValues={week.todayValues}
            targets={week.targets}
            targetSource={week.targetSource}
            today={week.today}
            todayLabel={week.todayLabel}
            currency={week.currency}
            currencyMinorDigits={week.currencyMinorDigits}
          />
        </>
      ) : (
        <EmptyState title="No reps to log activity for">{isRep ? "Your account is not active as a rep." : "Reps appear here once they are on one of your teams."}</EmptyState>
      )}
    </>
  );
}
