import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { AssessmentBoardView } from "@/components/assessments/assessment-board";
import { getAssessmentBoard } from "@/lib/server/assessments/get-assessment-board";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { recordSelfAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Self-assessment" };

export default async function SelfAssessmentPage() {
  const viewer = await requireViewer("assessment.self");
  return (
    <>
      <PageHeader
        title="Self-assessment"
        description={
          <>
            Rate yourself on each competency against its rubric, or mark it not observed. Your manager sees your ratings beside theirs ·{" "}
            <Link href="/me" className="text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
              Back to my numbers
            </Link>
          </>
        }
      />
      <Suspense fallback={<SectionSkeleton label="Loading your competencies" />}>
        <SelfAssessment viewer={viewer} />
      </Suspense>
    </>
  );
}

async function SelfAssessment({ viewer }: { viewer: Viewer }) {
  const board = await getAssessmentBoard(viewer, viewer.id);
  return <AssessmentBoardView board={board} action={board.mode === "SELF" ? recordSelfAssessmentAction : null} audience="rep" />;
}
