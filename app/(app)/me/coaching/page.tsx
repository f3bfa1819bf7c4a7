import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { ManagerScorecardView } from "@/components/scorecard/manager-scorecard-view";
import { getManagerScorecard } from "@/lib/server/scorecard/get-manager-scorecard";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "My coaching" };

const TITLE = "My coaching";
const DESCRIPTION = "Whether your coaching happens and whether it works, against the median manager of the organization.";

export default async function MyCoachingPage() {
  const viewer = await requireViewer("scorecard.viewOwn");
  return (
    <Suspense
      fallback={
        <>
          <PageHeader title={TITLE} description={DESCRIPTION} />
          <SectionSkeleton label="Loading your coaching scorecard" blocks={3} />
        </>
      }
    >
      <MyCoaching viewer={viewer} />
    </Suspense>
  );
}

async function MyCoaching({ viewer }: { viewer: Viewer }) {
  const scorecard = await getManagerScorecard(viewer, viewer.id);
  return (
    <>
      <PageHeader title={TITLE} description={DESCRIPTION} />
      <ManagerScorecardView scorecard={scorecard} audience="self" />
    </>
  );
}
