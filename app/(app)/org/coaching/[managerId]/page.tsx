import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { ManagerScorecardView } from "@/components/scorecard/manager-scorecard-view";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { getManagerScorecard } from "@/lib/server/scorecard/get-manager-scorecard";
import { getVisibleManager } from "@/lib/server/scorecard/get-visible-manager";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Manager scorecard" };

export default async function ManagerScorecardPage({ params }: { params: Promise<{ managerId: string }> }) {
  const viewer = await requireViewer("scorecard.viewAll");
  const { managerId } = await params;
  // Decide access before anything streams, so an unknown or foreign id answers a real 404.
  const manager = await orNotFound(getVisibleManager(viewer, managerId));
  return (
    <>
      <PageHeader
        title={`${manager.name}: coaching scorecard`}
        description={
          <Link href="/org/coaching" className="font-medium text-brand-700 hover:underline">
            All managers
          </Link>
        }
      />
      <Suspense fallback={<SectionSkeleton label={`Loading ${manager.name}'s scorecard`} blocks={3} />}>
        <ManagerScorecard viewer={viewer} managerId={manager.id} />
      </Suspense>
    </>
  );
}

async function ManagerScorecard({ viewer, managerId }: { viewer: Viewer; managerId: string }) {
  const scorecard = await orNotFound(getManagerScorecard(viewer, managerId));
  return <ManagerScorecardView scorecard={scorecard} audience="leader" />;
}
