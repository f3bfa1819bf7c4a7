import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { SectionSkeleton } from "@/components/ui/section-skeleton";
import { selectClass } from "@/components/one-on-ones/field-styles";
import { SalesPlayForm } from "@/components/playbook/sales-play-form";
import { CommitmentTypeOutcomes, SalesPlayList } from "@/components/playbook/sales-play-list";
import { getPlaybookOutcomes } from "@/lib/server/playbook/get-playbook-outcomes";
import { listSalesPlays } from "@/lib/server/playbook/list-sales-plays";
import { requireViewer, type Viewer } from "@/lib/server/viewer/get-viewer";
import { playbookFiltersSchema } from "@/lib/validation/playbook";

export const metadata: Metadata = { title: "Playbook" };

type Filters = { q?: string; competency?: string };

export default async function PlaybookPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const filters = playbookFiltersSchema.parse(await searchParams);
  return (
    <>
      <PageHeader
        title="Playbook"
        description="Sales plays: routines tied to a competency, with when to use them, the steps and an example talk track. Development plans use them as routines."
      />
      <Suspense key={`${filters.q ?? ""}|${filters.competency ?? ""}`} fallback={<SectionSkeleton label="Loading the playbook" />}>
        <PlaybookContent viewer={viewer} filters={filters} />
      </Suspense>
    </>
  );
}

async function PlaybookContent({ viewer, filters }: { viewer: Viewer; filters: Filters }) {
  const [playbook, outcomes] = await Promise.all([listSalesPlays(viewer, filters), getPlaybookOutcomes(viewer)]);
  return (
    <div className="flex flex-col gap-6">
      <form
        role="search"
        aria-label="Search the playbook"
        method="get"
        action="/playbook"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <Label htmlFor="playbook-q">Search</Label>
          <Input
            id="playbook-q"
            name="q"
            type="search"
            defaultValue={playbook.filters.q}
            maxLength={100}
            placeholder="e.g. objection, multi-threaded, close plan"
          />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="playbook-competency">Competency</Label>
          <select id="playbook-competency" name="competency" className={selectClass} defaultValue={playbook.filters.competency}>
            <option value="">All competencies</option>
            {playbook.competencies.map((competency) => (
              <option key={competency.id} value={competency.id}>
                {competency.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Search</Button>
        {playbook.filters.q || playbook.filters.competency ? (
          <Link href="/playbook" className="text-sm text-brand-700 underline decoration-brand-300 underline-offset-2 hover:decoration-brand-700">
            Clear
          </Link>
        ) : null}
      </form>
      <CommitmentTypeOutcomes outcomes={outcomes} />
      <SalesPlayList playbook={playbook} outcomes={outcomes} />
      {playbook.canEdit ? (
        <details className="rounded-md border border-dashed border-slate-300 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a sales play</summary>
          <div className="mt-3">
            <SalesPlayForm competencies={playbook.competencies} defaultCompetencyId={playbook.filters.competency || undefined} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
