import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { can, schedulableOneOnOneKind } from "@/lib/access/policy";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { CadenceForm } from "@/components/one-on-ones/cadence-form";
import { CADENCE_LABEL } from "@/components/one-on-ones/labels";
import { OneOnOneTable } from "@/components/one-on-ones/one-on-one-table";
import { ScheduleForm } from "@/components/one-on-ones/schedule-form";
import { addDays, todayIn } from "@/lib/calendar/days";
import { findRepsOutOfCadence } from "@/lib/server/one-on-ones/find-reps-out-of-cadence";
import { listOneOnOnes } from "@/lib/server/one-on-ones/list-one-on-ones";
import { listSchedulableMembers } from "@/lib/server/one-on-ones/list-schedulable-members";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { oneOnOneListFiltersSchema } from "@/lib/validation/one-on-ones";
import { formatCount } from "@/lib/format";

export const metadata: Metadata = { title: "One-on-ones" };

type Filters = { member?: string; coach?: string };

export default async function OneOnOnesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("oneOnOne.list");
  const filters = oneOnOneListFiltersSchema.parse(await searchParams);
  const filtered = Boolean(filters.member || filters.coach);
  return (
    <>
      <PageHeader
        title="One-on-ones"
        description={
          filtered ? (
            <>
              Filtered to one person ·{" "}
              <Link href="/one-on-ones" className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                Show all
              </Link>
            </>
          ) : !can(viewer, "oneOnOne.schedule") ? (
            "Your one-on-ones with your manager: add talking points before each one and read the summary after."
          ) : (
            "The same data points every time: commitments, the numbers, the focus competency, their topics, new commitments."
          )
        }
      />
      <Suspense key={`${filters.member ?? ""}|${filters.coach ?? ""}`} fallback={<SectionSkeleton label="Loading your one-on-ones" />}>
        <OneOnOneLists viewer={viewer} filters={filters} />
      </Suspense>
    </>
  );
}

async function OneOnOneLists({ viewer, filters }: { viewer: Viewer; filters: Filters }) {
  const schedules = can(viewer, "oneOnOne.schedule");
  const withReps = schedulableOneOnOneKind(viewer) === "REP";
  const [lists, members, outOfCadence] = await Promise.all([
    listOneOnOnes(viewer, { memberId: filters.member, coachId: filters.coach }),
    schedules ? listSchedulableMembers(viewer) : Promise.resolve([]),
    can(viewer, "oneOnOne.setCadence") ? findRepsOutOfCadence(viewer) : Promise.resolve([]),
  ]);
  const timeZone = viewer.organization.timeZone;
  const today = todayIn(timeZone);

  return (
    <div className="flex flex-col gap-6">
      {schedules ? (
        <Card>
          <CardHeader>
            <CardTitle>Schedule a one-on-one</CardTitle>
            <CardDescription>
              {withReps ? "With one of your reps. Their unfinished talking points and open commitments come along automatically." : "With one of your managers."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            {members.length === 0 ? (
              <p className="text-sm text-slate-600">{withReps ? "You have no reps on your teams yet." : "There are no managers yet."}</p>
            ) : (
              <ScheduleForm members={members} memberLabel={withReps ? "Rep" : "Manager"} defaultWhen={`${addDays(today, 1)}T10:00`} minWhen={`${today}T00:00`} timeZone={timeZone} />
            )}
          </CardContent>
        </Card>
      ) : null}

      {lists.cadence ? (
        <Card>
          <CardHeader>
            <CardTitle>Cadence</CardTitle>
            <CardDescription>
              {outOfCadence.length === 0
                ? `Every rep has had a one-on-one within your cadence (${CADENCE_LABEL[lists.cadence.value].toLowerCase()}).`
                : `${outOfCadence.length} ${outOfCadence.length === 1 ? "rep is" : "reps are"} past your cadence (${CADENCE_LABEL[lists.cadence.value].toLowerCase()}).`}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            {outOfCadence.length ? (
              <ul aria-label="Reps past your cadence" className="flex flex-col gap-1 text-sm">
                {outOfCadence.map((rep) => (
                  <li key={rep.repId}>
                    <Link href={`/one-on-ones?member=${rep.repId}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                      {rep.name}
                    </Link>{" "}
                    <span className="text-slate-700">
                      — {rep.daysSinceLast === null ? "no one-on-one yet" : `${formatCount(rep.daysSinceLast, "day")} since the last one`}
                      {rep.nextScheduledOn ? `; next on ${rep.nextScheduledOn}` : "; none scheduled"}
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            <CadenceForm current={lists.cadence.value} isOrganizationDefault={lists.cadence.isOrganizationDefault} />
          </CardContent>
        </Card>
      ) : null}

      <section aria-labelledby="upcoming-heading" className="flex flex-col gap-2">
        <h2 id="upcoming-heading" className="text-lg font-semibold text-slate-900">
          Upcoming
        </h2>
        <OneOnOneTable
          items={lists.upcoming}
          caption="Upcoming one-on-ones"
          emptyTitle="No one-on-ones scheduled"
          emptyText={!can(viewer, "oneOnOne.schedule") ? "Your manager schedules your one-on-ones; they will show up here." : "Schedule one above; a regular cadence is what makes coaching stick."}
        />
      </section>
      <section aria-labelledby="past-heading" className="flex flex-col gap-2">
        <h2 id="past-heading" className="text-lg font-semibold text-slate-900">
          Past
        </h2>
        <OneOnOneTable items={lists.past} caption="Past one-on-ones" emptyTitle="No past one-on-ones" emptyText="Completed meetings and their summaries will be listed here." />
      </section>
      {lists.observed ? (
        <section aria-labelledby="observed-heading" className="flex flex-col gap-2">
          <h2 id="observed-heading" className="text-lg font-semibold text-slate-900">
            {can(viewer, "oneOnOne.observe") ? "Managers' one-on-ones with their reps (read-only)" : "Other coaches' one-on-ones with reps you co-coach (read-only)"}
          </h2>
          <OneOnOneTable items={[...lists.observed.upcoming, ...lists.observed.past]} caption="Managers' one-on-ones with their reps" emptyTitle="No one-on-ones yet" emptyText="Your managers' one-on-ones with their reps will appear here." />
        </section>
      ) : null}
    </div>
  );
}
