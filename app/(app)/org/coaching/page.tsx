import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { can } from "@/lib/access/policy";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { windowLabel } from "@/components/scorecard/metric-reading";
import { ManagerComparisonChart } from "@/components/scorecard/manager-comparison-chart";
import { OrganizationScorecardTable } from "@/components/scorecard/organization-scorecard-table";
import { getOrganizationScorecards } from "@/lib/server/scorecard/get-organization-scorecards";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Coaching" };

const TITLE = "Coaching";

export default async function OrganizationCoachingPage() {
  const viewer = await requireViewer("scorecard.viewAll");
  return (
    <Suspense
      fallback={
        <>
          <PageHeader title={TITLE} />
          <SectionSkeleton label="Loading the coaching scorecards" />
        </>
      }
    >
      <OrganizationCoaching viewer={viewer} />
    </Suspense>
  );
}

async function OrganizationCoaching({ viewer }: { viewer: Viewer }) {
  const board = await getOrganizationScorecards(viewer);
  const current = board.windows.at(-1);
  const shares = board.metrics.filter((metric) => metric.unit === "share");
  const comparison = [
    ...board.managers.map((manager) => ({
      name: manager.name,
      values: Object.fromEntries(shares.map((share) => [share.key, manager.metrics.find((metric) => metric.key === share.key)?.current.value ?? null])),
    })),
    { name: "Median manager", values: Object.fromEntries(shares.map((share) => [share.key, board.medians.metrics[share.key].at(-1)?.value ?? null])) },
  ];
  return (
    <>
      <PageHeader
        title={TITLE}
        description={`Whether coaching happens and whether it works, manager by manager${current ? ` · ${windowLabel(current)}` : ""}`}
      />
      {board.managers.length === 0 ? (
        <EmptyState title="No managers yet">
          {can(viewer, "organization.admin") ? (
            <>
              Give someone the manager role and a team under{" "}
              <Link href="/settings/users" className="font-medium text-brand-700 hover:underline">
                Settings
              </Link>
              ; their scorecard appears here.
            </>
          ) : (
            "When an administrator adds managers and their teams, each one's coaching scorecard appears here."
          )}
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Managers against the median manager</CardTitle>
              <CardDescription>
                Each value carries its sample size; &quot;not enough data yet&quot; means the window holds too little to say. Open a manager for the trend, rep feedback and their
                development priority.
              </CardDescription>
            </CardHeader>
            <CardContent className="px-2">
              <OrganizationScorecardTable board={board} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Is coaching happening?</CardTitle>
              <CardDescription>Cadence kept, commitments done on time and one-on-ones that worked a focus, per manager; a missing bar is not enough data.</CardDescription>
            </CardHeader>
            <CardContent>
              <ManagerComparisonChart
                metrics={shares.map((metric) => ({ key: metric.key, label: metric.label }))}
                rows={comparison}
              />
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}
