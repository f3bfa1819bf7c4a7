import type { Metadata } from "next";
import { Suspense } from "react";
import { can } from "@/lib/access/policy";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { CompetencySection } from "@/components/competencies/competency-framework";
import { listCompetencies } from "@/lib/server/competencies/list-competencies";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Competencies" };

export default async function CompetenciesPage() {
  const viewer = await requireViewer();
  return (
    <>
      <PageHeader
        title="Competency framework"
        description={
          can(viewer, "organization.admin")
            ? "The few competencies of the selling process, each with a 1–5 rubric, the ratio it drives and the questions a coach asks. Changes are recorded in the audit log; a competency with history can only be retired."
            : "The few competencies of the selling process, each with a 1–5 rubric, the ratio it drives and the questions a coach asks."
        }
      />
      <Suspense fallback={<SectionSkeleton label="Loading the competency framework" />}>
        <Framework viewer={viewer} />
      </Suspense>
    </>
  );
}

async function Framework({ viewer }: { viewer: Viewer }) {
  const framework = await listCompetencies(viewer);
  return (
    <div className="flex flex-col gap-10">
      <CompetencySection
        kind="REP"
        title="Rep competencies"
        description="What a rep is coached and assessed on; each drives one lever of the funnel, which is how the numbers point to it."
        competencies={framework.rep}
        framework={framework}
      />
      <CompetencySection
        kind="LEADER"
        title="Leader competencies"
        description="What a sales manager is coached on by their VP."
        competencies={framework.leader}
        framework={framework}
      />
    </div>
  );
}
