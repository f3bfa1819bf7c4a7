import type { Metadata } from "next";
import Link from "next/link";
import { Fragment, Suspense } from "react";
import { can } from "@/lib/access/policy";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { QuarterlyRevenueChart } from "@/components/charts/quarterly-revenue-chart";
import { formatCount, formatMoneyCompact, formatPercent } from "@/lib/format";
import { LeverCell } from "@/components/dashboard/lever-cell";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { Alert } from "@/components/ui/alert";
import type { PeriodRequest } from "@/lib/calendar/period";
import { parseScreenPeriod } from "@/lib/validation/period";
import { GoalPacingTable } from "@/components/goals/goal-pacing-table";
import { PROJECTION_METHOD } from "@/lib/coaching/projection";
import { getOrganizationOverview, type OrganizationOverview } from "@/lib/server/organization/get-organization-overview";
import { DealFiguresCard } from "@/components/deals/deal-figures-card";
import { getOrganizationDealFigures } from "@/lib/server/deals/get-organization-deal-figures";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { RowTh, Table, Td, Th } from "@/components/ui/table";

export const metadata: Metadata = { title: "Organization" };

export default async function OrganizationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("organization.view");
  // One period for every figure on the page, the deals included.
  const { request: period, problem } = parseScreenPeriod(await searchParams);
  const periodKey = JSON.stringify(period);
  return (
    <>
      {problem ? (
        <Alert tone="warning" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      {/* Not streamed: the overview is the page's largest content (LCP; docs/performance.md).
          Keyed by the period, so a new period starts every client component afresh (an open
          picker closes, its date fields take the new range), as the keyed Suspense did. */}
      <Fragment key={periodKey}>
        <OrganizationOverviewContent viewer={viewer} period={period} />
      </Fragment>
      <Suspense key={`deals-${periodKey}`} fallback={<SectionSkeleton label="Loading deal figures" />}>
        <OrganizationDealsSection viewer={viewer} period={period} />
      </Suspense>
    </>
  );
}

async function OrganizationDealsSection({ viewer, period }: { viewer: Viewer; period: PeriodRequest }) {
  const deals = await getOrganizationDealFigures(viewer, period);
  if (!deals.hasDeals) return null;
  return (
    <div className="mt-6">
      <DealFiguresCard
        title="Deals by team"
        rowHeader="Team"
        rows={deals.teams.map((team) => ({ id: team.id, name: team.name, figures: team.figures }))}
        totals={deals.totals}
        totalsLabel="Organization"
        currency={deals.currency}
        period={deals.period}
      />
    </div>
  );
}

async function OrganizationOverviewContent({ viewer, period }: { viewer: Viewer; period: PeriodRequest }) {
  const overview = await getOrganizationOverview(viewer, period);
  const { currency } = overview;
  return (
    <>
      <PageHeader
        title={viewer.organization.name}
        description={`Every team side by side · ${overview.window.label} (${overview.window.from} to ${overview.window.to})`}
        actions={<PeriodPicker basePath="/org" period={overview.window} />}
      />
      {overview.teams.length === 0 ? (
        <EmptyState title="No teams yet">An administrator can create teams under Settings.</EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Goals this quarter: {overview.goals.quarter.key}</CardTitle>
              <CardDescription>
                Goal against what is allocated and where each team is heading, {overview.goals.workingDaysLeft} working days before the quarter ends.{" "}
                <Link
                  href={`/org/goals?period=${overview.goals.quarter.key}`}
                  className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700"
                >
                  {can(viewer, "goal.set") ? "Set and allocate goals" : "See goals and quotas"}
                </Link>
              </CardDescription>
            </CardHeader>
            <CardContent className="px-2">
              <GoalPacingTable
                periodKey={overview.goals.quarter.key}
                currency={currency}
                organization={{ id: "organization", name: viewer.organization.name, ...overview.goals.organization }}
                teams={overview.teams.map((team) => ({
                  id: team.id,
                  name: team.name,
                  goalMinor: team.goal.goalMinor,
                  allocatedMinor: team.goal.allocatedMinor,
                  wonToDateMinor: team.goal.pacing.wonToDateMinor,
                  projectedMinor: team.goal.pacing.projectedMinor,
                  lowMinor: team.goal.pacing.lowMinor,
                  highMinor: team.goal.pacing.highMinor,
                }))}
              />
              <p className="mt-3 px-3 text-xs text-slate-600">
                {PROJECTION_METHOD} A team&apos;s range combines its reps&apos; as independent; the pace is that of the window above (
                {overview.window.label.toLowerCase()}).
              </p>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Teams against benchmark</CardTitle>
              <CardDescription>
                {overview.regions.length ? "Grouped by region, each closed by its subtotal (the region's reps pooled, against the organization's benchmarks). " : ""}Pooled ratios of each team; open a team for its reps.
              </CardDescription>
            </CardHeader>
            <CardContent className="overflow-x-auto px-2">
              <Table>
                <caption className="sr-only">
                  Grade distribution, revenue against quota, most common focus and pooled ratios against benchmark of each team
                </caption>
                <thead>
                  <tr className="text-left text-slate-700">
                    <Th>Team</Th>
                    <Th>Grades A / B / C</Th>
                    <Th>Revenue vs quota</Th>
                    <Th>Most common focus</Th>
                    {overview.levers.map((lever) => (
                      <Th key={lever.key}>{lever.label}</Th>
                    ))}
                  </tr>
                </thead>
                {overview.regions.length === 0 ? (
                  <tbody>
                    {overview.teams.map((team) => (
                      <TeamRow key={team.id} team={team} levers={overview.levers} currency={currency} />
                    ))}
                  </tbody>
                ) : (
                  groupByRegion(overview).map((section) => (
                    <tbody key={section.key} data-testid="region-group">
                      <tr className="border-t-2 border-slate-300 bg-slate-50">
                        <th scope="rowgroup" colSpan={overview.levers.length + 4} className="px-2 py-2 text-left font-semibold text-slate-900">
                          {section.region ? `Region: ${section.region.name}` : "No region"}
                        </th>
                      </tr>
                      {section.teams.map((team) => (
                        <TeamRow key={team.id} team={team} levers={overview.levers} currency={currency} />
                      ))}
                      {section.region ? <RegionSubtotalRow region={section.region} levers={overview.levers} currency={currency} /> : null}
                    </tbody>
                  ))
                )}
              </Table>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Revenue by quarter</CardTitle>
              <CardDescription>The last four fiscal quarters, per team.</CardDescription>
            </CardHeader>
            <CardContent>
              <QuarterlyRevenueChart quarters={overview.quarters} teams={overview.teams} currency={currency} />
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}

type OverviewTeam = OrganizationOverview["teams"][number];
type OverviewRegion = OrganizationOverview["regions"][number];
type OverviewLever = OrganizationOverview["levers"][number];

/** Teams under their region (regions by name, then the teams in none), each region closed by its subtotal. */
function groupByRegion(overview: OrganizationOverview): { key: string; region: OverviewRegion | null; teams: OverviewTeam[] }[] {
  const sections = overview.regions.map((region) => ({ key: region.id, region, teams: overview.teams.filter((team) => team.region?.id === region.id) }));
  const unassigned = overview.teams.filter((team) => !team.region);
  return unassigned.length ? [...sections, { key: "none", region: null, teams: unassigned }] : sections;
}

function TeamRow({ team, levers, currency }: { team: OverviewTeam; levers: OverviewLever[]; currency: string }) {
  return (
    <tr className="border-t border-slate-100 align-top" data-testid="team-row">
      <RowTh>
        <Link href={`/team/${team.id}`} className="font-medium text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
          {team.name}
        </Link>
        <div className="text-xs font-normal text-slate-600">
          {team.managerName ?? "No manager"} · {formatCount(team.repCount, "rep")}
        </div>
      </RowTh>
      <Td className="whitespace-nowrap">
        <Badge tone="good">A {team.grades.A}</Badge> <Badge tone="warn">B {team.grades.B}</Badge> <Badge tone="bad">C {team.grades.C}</Badge>
      </Td>
      <Td className="whitespace-nowrap">
        {formatMoneyCompact(team.revenueMinor, currency)}
        <div className="text-xs text-slate-600">
          {team.quotaMinor !== null ? `of ${formatMoneyCompact(team.quotaMinor, currency)} · ${formatPercent(team.attainment)}` : "no quota"}
        </div>
      </Td>
      <Td className="min-w-36">
        {/* "Common" takes two reps sharing a focus; one rep's focus is not a pattern. */}
        {team.mostCommonFocus && team.mostCommonFocus.count > 1 ? (
          <>
            {team.mostCommonFocus.name}
            <div className="text-xs text-slate-600">{formatCount(team.mostCommonFocus.count, "rep")}</div>
          </>
        ) : (
          <span className="text-slate-600">none shared</span>
        )}
      </Td>
      {levers.map((lever) => {
        const cell = team.levers.find((entry) => entry.lever === lever.key);
        return (
          <Td key={lever.key} className="lever-cell">
            <LeverCell kind={lever.kind} cell={cell} currency={currency} />
          </Td>
        );
      })}
    </tr>
  );
}

function RegionSubtotalRow({ region, levers, currency }: { region: OverviewRegion; levers: OverviewLever[]; currency: string }) {
  return (
    <tr className="border-t border-slate-200 bg-slate-50 align-top" data-testid="region-subtotal">
      <RowTh className="font-semibold">
        {region.name} subtotal
        <div className="text-xs font-normal text-slate-600">
          {formatCount(region.teamIds.length, "team")} · {formatCount(region.repCount, "rep")}
        </div>
      </RowTh>
      <Td className="whitespace-nowrap">
        <Badge tone="good">A {region.grades.A}</Badge> <Badge tone="warn">B {region.grades.B}</Badge> <Badge tone="bad">C {region.grades.C}</Badge>
      </Td>
      <Td className="whitespace-nowrap">
        {formatMoneyCompact(region.revenueMinor, currency)}
        <div className="text-xs text-slate-600">{region.quotaMinor !== null ? `of ${formatMoneyCompact(region.quotaMinor, currency)} · ${formatPercent(region.attainment)}` : "no quota"}</div>
      </Td>
      <Td className="text-slate-600">—</Td>
      {levers.map((lever) => (
        <Td key={lever.key} className="lever-cell">
          <LeverCell kind={lever.kind} cell={region.levers.find((entry) => entry.lever === lever.key)} currency={currency} />
        </Td>
      ))}
    </tr>
  );
}
