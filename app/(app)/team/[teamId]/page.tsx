import type { Metadata } from "next";
import Link from "next/link";
import { can, repScope } from "@/lib/access/policy";
import { buttonVariants } from "@/components/ui/button";
import { PROJECTION_METHOD } from "@/lib/coaching/projection";
import { CONFIDENCE_EXPLAINED } from "@/lib/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { FunnelChart } from "@/components/charts/funnel-chart";
import { TeamTable } from "@/components/dashboard/team-table";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { Alert } from "@/components/ui/alert";
import type { PeriodRequest } from "@/lib/calendar/period";
import { parseScreenPeriod } from "@/lib/validation/period";
import { teamTableRows } from "@/components/dashboard/team-table-rows";
import { MyCommitmentsCard } from "@/components/commitments/my-commitments-card";
import { listMyCommitments } from "@/lib/server/commitments/list-my-commitments";
import { getTeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { resolveVisibleTeam, type VisibleTeam } from "@/lib/server/coaching/load-coaching-read-model";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { Fragment, Suspense } from "react";
import { DealFiguresCard } from "@/components/deals/deal-figures-card";
import { getTeamDealFigures } from "@/lib/server/deals/get-team-deal-figures";
import { getFunnelSources } from "@/lib/server/deals/get-funnel-sources";
import { CoachingTimeCard } from "@/components/coaching-time/coaching-time-card";
import { getCoachingTimePlan } from "@/lib/server/coaching-time/get-coaching-time-plan";

export const metadata: Metadata = { title: "Team dashboard" };

export default async function TeamDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ teamId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("team.view");
  const [{ teamId }, query] = await Promise.all([params, searchParams]);
  // Decide access before anything streams, so another team's URL answers a real 404.
  const team = await orNotFound(resolveVisibleTeam(viewer, teamId));
  // One period for every figure on the page: the coaching table, the funnel and the deals.
  const { request: period, problem } = parseScreenPeriod(query);
  const periodKey = JSON.stringify(period);
  return (
    <>
      {problem ? (
        <Alert tone="warning" className="mb-4">
          {problem}
        </Alert>
      ) : null}
      {/* Not streamed: the table is the page's largest content, and in the first HTML it paints
          before any script has loaded (LCP; docs/performance.md). Below the fold streams. Keyed by
          the period, so a new period starts every client component afresh (an open picker
          closes, its date fields take the new range), as the keyed Suspense did. */}
      <Fragment key={periodKey}>
        <TeamDashboardContent viewer={viewer} team={team} period={period} />
      </Fragment>
      <Suspense fallback={<SectionSkeleton label="Loading coaching time" />}>
        <CoachingTimeSection viewer={viewer} team={team} />
      </Suspense>
      <Suspense key={`deals-${periodKey}`} fallback={<SectionSkeleton label="Loading deal figures" />}>
        <TeamDealsSection viewer={viewer} team={team} period={period} />
      </Suspense>
    </>
  );
}

async function CoachingTimeSection({ viewer, team }: { viewer: Viewer; team: VisibleTeam }) {
  const plan = await getCoachingTimePlan(viewer, team);
  if (plan.rows.length === 0) return null;
  return (
    <div className="mt-6">
      <CoachingTimeCard plan={plan} />
    </div>
  );
}

async function TeamDealsSection({ viewer, team, period }: { viewer: Viewer; team: VisibleTeam; period: PeriodRequest }) {
  // An organization without a single CRM deal has no deals section: its three reads are skipped.
  const funnel = await getFunnelSources(viewer);
  if (!funnel.hasDeals) return null;
  const deals = await getTeamDealFigures(viewer, team, period);
  if (!deals.hasDeals) return null;
  const sourceOf = (key: string) => (funnel.sources[key] === "deals" ? "CRM deals" : "logged activity");
  const wonKey = funnel.stageKeys.at(-1) ?? "won";
  return (
    <div className="mt-6 flex flex-col gap-2">
      <p className="text-sm text-slate-600" data-testid="funnel-sources">
        In the ratios and funnel above, {"opportunities" in funnel.sources ? `opportunities come from ${sourceOf("opportunities")}, ` : ""}deals won from {sourceOf(wonKey)} and revenue from {sourceOf("revenue")}.
      </p>
      <DealFiguresCard
        title="Deals: win rate, deal size and sales cycle"
        rows={deals.reps.map((rep) => ({ id: rep.id, name: rep.name, figures: rep.figures }))}
        totals={deals.totals}
        totalsLabel="Team"
        currency={deals.currency}
        period={deals.period}
      />
    </div>
  );
}

async function TeamDashboardContent({ viewer, team, period }: { viewer: Viewer; team: VisibleTeam; period: PeriodRequest }) {
  // A manager's home is their team's dashboard; their own commitments to their VP sit on top of it.
  const [dashboard, myCommitments] = await Promise.all([getTeamDashboard(viewer, team, period), repScope(viewer) === "teams" ? listMyCommitments(viewer) : null]);
  const basePath = `/team/${dashboard.team.id}`;
  return (
    <>
      <PageHeader
        title={dashboard.team.name}
        description={`${dashboard.team.managerName ? `Managed by ${dashboard.team.managerName} · ` : ""}${dashboard.window.kind === "range" ? "" : `${dashboard.window.label}: `}${dashboard.window.from} to ${dashboard.window.to}`}
        actions={
          <>
            {can(viewer, "quota.set") ? (
              <Link href={`${basePath}/goals`} className={buttonVariants({ variant: "secondary" })}>
                Goals and quotas
              </Link>
            ) : null}
            <PeriodPicker basePath={basePath} period={dashboard.window} />
          </>
        }
      />
      {myCommitments ? (
        <div className="mb-6">
          <MyCommitmentsCard commitments={myCommitments} />
        </div>
      ) : null}
      {dashboard.rows.length === 0 ? (
        <EmptyState title="No reps on this team yet">An administrator can add reps to the team under Settings.</EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Who needs what</CardTitle>
              <CardDescription>
                Each ratio against its benchmark; the focus is the gap that costs the most revenue, shown only when the data is clear about it.
              </CardDescription>
            </CardHeader>
            <CardContent className="px-2">
              <TeamTable {...teamTableRows(dashboard)} currency={dashboard.currency} canStartOneOnOne={can(viewer, "oneOnOne.startWithRep")} />
              <p className="mt-3 px-3 text-xs text-slate-600">
                {dashboard.quarter.key}, {dashboard.quarter.workingDaysLeft} working days left: to date is revenue won against the quarter&apos;s quota (the
                grade so far pro-rates it to the days gone). {PROJECTION_METHOD}
              </p>
              <p className="mt-2 px-3 text-xs text-slate-600" data-testid="confidence-explained">
                {CONFIDENCE_EXPLAINED}
              </p>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Team funnel against benchmark</CardTitle>
              <CardDescription>
                Where the team loses buyers: at each stage, the actual count against what benchmark ratios would give from the same dials. Below the line,
                buyers lost; the stage where the gap grows is the one that leaks.
              </CardDescription>
            </CardHeader>
            <CardContent>
              <FunnelChart points={dashboard.funnel} title={`${dashboard.team.name} funnel: actual counts and counts at benchmark ratios`} />
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}
