import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { allocateTeamGoalsAction } from "@/app/(app)/org/goals/actions";
import { AllocationForm } from "@/components/goals/allocation-form";
import { GoalHistoryTable } from "@/components/goals/goal-history-table";
import { OrganizationGoalForm } from "@/components/goals/organization-goal-form";
import { PeriodPicker } from "@/components/goals/period-picker";
import { QuotaImportForm } from "@/components/goals/quota-import-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { describePeriod } from "@/lib/goals/periods";
import { currencyMinorDigits, fromMinorUnits } from "@/lib/money";
import { formatCount, formatMoney } from "@/lib/format";
import { getOrganizationGoals } from "@/lib/server/goals/get-organization-goals";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { RowTh, Table, Td, Th } from "@/components/ui/table";

export const metadata: Metadata = { title: "Goals" };

export default async function OrganizationGoalsPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const viewer = await requireViewer("organization.view");
  const { period } = await searchParams;
  const periodKey = Array.isArray(period) ? period[0] : period;
  return (
    <Suspense
      key={periodKey ?? "current"}
      fallback={
        <>
          <PageHeader title="Goals" />
          <SectionSkeleton label="Loading the goals" />
        </>
      }
    >
      <OrganizationGoalsContent viewer={viewer} periodKey={periodKey} />
    </Suspense>
  );
}

async function OrganizationGoalsContent({ viewer, periodKey }: { viewer: Viewer; periodKey: string | undefined }) {
  const goals = await getOrganizationGoals(viewer, periodKey);
  const { currency, period } = goals;
  const remainder = goals.organization.unallocatedMinor;
  return (
    <>
      <PageHeader
        title="Goals"
        description={`${describePeriod(period)}: the organization's revenue goal, allocated to teams; each manager allocates their team's goal to reps as quotas.`}
        actions={<PeriodPicker basePath="/org/goals" current={period.key} periods={goals.periods} />}
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Organization goal</CardTitle>
            <CardDescription>
              {goals.canEdit ? "Set by the VP; a change adds a new, dated goal and keeps the earlier one." : "Read only: the VP sets the goals."}
            </CardDescription>
          </CardHeader>
          <CardContent className="flex flex-col gap-4">
            <dl className="grid gap-4 sm:grid-cols-3" data-testid="organization-goal">
              <div>
                <dt className="text-sm text-slate-600">Goal for {period.key}</dt>
                <dd className="text-2xl font-semibold">
                  {goals.organization.goalMinor === null ? "Not set" : formatMoney(goals.organization.goalMinor, currency)}
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">Allocated to teams</dt>
                <dd className="text-2xl font-semibold">{formatMoney(goals.organization.allocatedToTeamsMinor, currency)}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600">{remainder !== null && remainder < 0 ? "Over-allocated by" : "Unallocated"}</dt>
                <dd className={remainder !== null && remainder < 0 ? "text-2xl font-semibold text-red-800" : "text-2xl font-semibold"}>
                  {remainder === null ? "—" : formatMoney(Math.abs(remainder), currency)}
                </dd>
              </div>
            </dl>
            {goals.canEdit ? (
              <OrganizationGoalForm
                period={period.key}
                currency={currency}
                currentMajor={goals.organization.goalMinor === null ? null : fromMinorUnits(goals.organization.goalMinor, currency)}
              />
            ) : null}
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Team goals</CardTitle>
            <CardDescription>
              Allocate the organization&apos;s goal by hand, evenly, or in proportion to what each team&apos;s current reps won in {goals.previousPeriod.key}. A
              team&apos;s manager then allocates it to reps.
            </CardDescription>
          </CardHeader>
          <CardContent>
            {goals.teams.length === 0 ? (
              <EmptyState title="No teams yet">An administrator can create teams under Settings.</EmptyState>
            ) : goals.canEdit ? (
              <AllocationForm
                key={period.key}
                action={allocateTeamGoalsAction}
                extra={{}}
                period={period.key}
                previousPeriodKey={goals.previousPeriod.key}
                goalMinor={goals.organization.goalMinor}
                goalName="the organization's goal"
                noun="goal"
                currency={currency}
                minorDigits={currencyMinorDigits(currency)}
                lines={goals.teams.map((team) => ({
                  id: team.id,
                  name: team.name,
                  detail: `${formatCount(team.repCount, "rep")} · ${formatMoney(team.allocatedToRepsMinor, currency)} allocated to reps`,
                  currentMinor: team.goalMinor,
                  previousPeriodMinor: team.previousPeriodRevenueMinor,
                }))}
              />
            ) : (
              <TeamGoalsTable goals={goals} />
            )}
            {goals.canEdit && goals.teams.length ? (
              <ul className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {goals.teams.map((team) => (
                  <li key={team.id}>
                    <Link
                      href={`/team/${team.id}/goals?period=${period.key}`}
                      className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700"
                    >
                      {team.name}: quotas
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </CardContent>
        </Card>

        {goals.canImport ? (
          <Card>
            <CardHeader>
              <CardTitle>Import quotas</CardTitle>
              <CardDescription>
                A CSV with the columns rep_email, period (a fiscal quarter like {period.key} or a month like {period.start.slice(0, 7)}) and amount ({currency}
                ). All or nothing: every failing row is listed, and nothing is imported until the whole file passes.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <QuotaImportForm />
            </CardContent>
          </Card>
        ) : null}

        <Card>
          <CardHeader>
            <CardTitle>History</CardTitle>
            <CardDescription>Every goal set for {period.key}, newest first.</CardDescription>
          </CardHeader>
          <CardContent>
            <GoalHistoryTable
              changes={goals.history}
              currency={currency}
              timeZone={viewer.organization.timeZone}
              scopeLabel="Goal of"
              caption={`Changes to the goals for ${period.key}, newest first`}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}

function TeamGoalsTable({ goals }: { goals: Awaited<ReturnType<typeof getOrganizationGoals>> }) {
  const { currency } = goals;
  return (
    <Table>
      <caption className="sr-only">Each team&apos;s goal for {goals.period.key} and what is allocated of it to reps</caption>
      <thead>
        <tr className="text-left text-slate-700">
          <Th>Team</Th>
          <Th>Goal</Th>
          <Th>Allocated to reps</Th>
          <Th>Unallocated</Th>
          <Th>Won in {goals.previousPeriod.key}</Th>
        </tr>
      </thead>
      <tbody>
        {goals.teams.map((team) => (
          <tr key={team.id} className="border-t border-slate-100" data-testid="team-goal-row">
            <RowTh>{team.name}</RowTh>
            <Td>{team.goalMinor === null ? "not set" : formatMoney(team.goalMinor, currency)}</Td>
            <Td>{formatMoney(team.allocatedToRepsMinor, currency)}</Td>
            <td className={team.unallocatedMinor !== null && team.unallocatedMinor < 0 ? "px-2 py-2 font-medium text-red-800" : "px-2 py-2"}>
              {team.unallocatedMinor === null
                ? "—"
                : team.unallocatedMinor < 0
                  ? `over by ${formatMoney(-team.unallocatedMinor, currency)}`
                  : formatMoney(team.unallocatedMinor, currency)}
            </td>
            <Td>{formatMoney(team.previousPeriodRevenueMinor, currency)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
