import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { can } from "@/lib/access/policy";
import { allocateQuotasAction } from "@/app/(app)/team/[teamId]/goals/actions";
import { AllocationForm } from "@/components/goals/allocation-form";
import { GoalHistoryTable } from "@/components/goals/goal-history-table";
import { PeriodPicker } from "@/components/goals/period-picker";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { describePeriod } from "@/lib/goals/periods";
import { currencyMinorDigits } from "@/lib/money";
import { formatMoney } from "@/lib/format";
import { getVisibleTeam } from "@/lib/server/access/get-visible-team";
import { getTeamGoals } from "@/lib/server/goals/get-team-goals";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Team goals" };

export default async function TeamGoalsPage({
  params,
  searchParams,
}: {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<{ period?: string | string[] }>;
}) {
  const viewer = await requireViewer("quota.set");
  const [{ teamId }, { period }] = await Promise.all([params, searchParams]);
  // Decide access before anything streams, so another team's URL answers a real 404.
  const team = await orNotFound(getVisibleTeam(viewer, teamId));
  const periodKey = Array.isArray(period) ? period[0] : period;
  return (
    <Suspense
      key={periodKey ?? "current"}
      fallback={
        <>
          <PageHeader title={`${team.name}: goals`} />
          <SectionSkeleton label="Loading the team's goals" />
        </>
      }
    >
      <TeamGoalsContent viewer={viewer} teamId={team.id} periodKey={periodKey} />
    </Suspense>
  );
}

async function TeamGoalsContent({ viewer, teamId, periodKey }: { viewer: Viewer; teamId: string; periodKey: string | undefined }) {
  const goals = await getTeamGoals(viewer, teamId, periodKey);
  const { currency, period, team } = goals;
  const remainder = goals.unallocatedMinor;
  const basePath = `/team/${team.id}/goals`;
  return (
    <>
      <PageHeader
        title={`${team.name}: goals`}
        description={`${describePeriod(period)}: the team's goal from the VP, allocated to reps as quotas.`}
        actions={<PeriodPicker basePath={basePath} current={period.key} periods={goals.periods} />}
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Team goal</CardTitle>
            <CardDescription>
              Set by the VP
              {can(viewer, "goal.set") ? (
                <>
                  {" "}
                  on the{" "}
                  <Link href={`/org/goals?period=${period.key}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                    organization&apos;s goals
                  </Link>
                </>
              ) : null}
              {goals.goal.setAt ? ` · last changed ${goals.goal.setAt.slice(0, 10)}${goals.goal.setBy ? ` by ${goals.goal.setBy}` : ""}` : ""}.{" "}
              <Link href={`/team/${team.id}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
                Back to the team dashboard
              </Link>
            </CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-4 sm:grid-cols-3" data-testid="team-goal">
              <div>
                <dt className="text-sm text-slate-600">Goal for {period.key}</dt>
                <dd className="text-2xl font-semibold">{goals.goal.goalMinor === null ? "Not set" : formatMoney(goals.goal.goalMinor, currency)}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Allocated to reps</dt>
                <dd className="text-2xl font-semibold">{formatMoney(goals.allocatedMinor, currency)}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{remainder !== null && remainder < 0 ? "Over-allocated by" : "Unallocated"}</dt>
                <dd className={remainder !== null && remainder < 0 ? "text-2xl font-semibold text-red-800" : "text-2xl font-semibold"}>
                  {remainder === null ? "—" : formatMoney(Math.abs(remainder), currency)}
                </dd>
              </div>
            </dl>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Quotas</CardTitle>
            <CardDescription>
              Allocate the team&apos;s goal by hand, evenly, or in proportion to what each rep won in {goals.previousPeriod.key}. A quota changed mid-period
              keeps its history: the newest one is in force.
            </CardDescription>
          </CardHeader>
          <CardContent>
            {goals.reps.length === 0 ? (
              <EmptyState title="No reps on this team yet">An administrator can add reps to the team under Settings.</EmptyState>
            ) : goals.canEdit ? (
              <AllocationForm
                key={period.key}
                action={allocateQuotasAction}
                extra={{ teamId: team.id }}
                period={period.key}
                previousPeriodKey={goals.previousPeriod.key}
                goalMinor={goals.goal.goalMinor}
                goalName="the team's goal"
                noun="quota"
                currency={currency}
                minorDigits={currencyMinorDigits(currency)}
                lines={goals.reps.map((rep) => ({
                  id: rep.id,
                  name: rep.name,
                  detail: rep.setAt ? `set ${rep.setAt.slice(0, 10)}${rep.setBy ? ` by ${rep.setBy}` : ""}` : undefined,
                  currentMinor: rep.quotaMinor,
                  previousPeriodMinor: rep.previousPeriodRevenueMinor,
                }))}
              />
            ) : (
              <ul className="flex flex-col gap-1 text-sm">
                {goals.reps.map((rep) => (
                  <li key={rep.id}>
                    {rep.name}: {rep.quotaMinor === null ? "no quota" : formatMoney(rep.quotaMinor, currency)}
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Quota history</CardTitle>
            <CardDescription>Every quota set for {period.key}, newest first.</CardDescription>
          </CardHeader>
          <CardContent>
            <GoalHistoryTable
              changes={goals.history.map((change) => ({ ...change, scope: change.rep }))}
              currency={currency}
              timeZone={viewer.organization.timeZone}
              scopeLabel="Rep"
              caption={`Changes to the quotas of ${team.name} for ${period.key}, newest first`}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
