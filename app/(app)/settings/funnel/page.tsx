import type { Metadata } from "next";
import { FunnelEditor } from "@/components/settings/funnel-editor";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getFunnelEditor } from "@/lib/server/funnel/get-funnel-editor";
import { FunnelSourceForm } from "@/components/deals/funnel-source-form";
import { getFunnelSources } from "@/lib/server/deals/get-funnel-sources";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Funnel" };

export default async function FunnelPage() {
  const viewer = await requireViewer("organization.admin");
  const [editor, funnelSources] = await Promise.all([getFunnelEditor(viewer), getFunnelSources(viewer)]);
  return (
    <>
      <SettingsBreadcrumb current="Funnel" />
      <PageHeader
        title="Funnel"
        description="The stages reps log a count for each day, in order. Each ratio links two neighbouring stages, and the last stage is where deals are won: revenue divided by its count is the average deal size."
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>How changes apply</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              <li>Renaming changes the label only. The key stays, so activity, imports and API calls that use it keep working.</li>
              <li>Adding, moving, merging or deleting a stage changes which ratios exist. A benchmark or competency tied to a ratio that no longer exists stops applying until it is set again.</li>
              <li>A stage can be deleted only when it holds no activity and no competency or benchmark uses its ratios.</li>
              <li>
                Otherwise merge it into another stage, all at once or not at all: its activity is added to that stage per rep and day, benchmarks on its ratios are deleted, competencies tied to its ratios
                keep everything but the ratio, and the stage is removed. The audit log keeps what was removed.
              </li>
            </ul>
          </CardContent>
        </Card>
        {editor.unmatchedLeverKeys.length ? (
          <Alert tone="warning">
            These ratios are used by a benchmark or competency but no longer exist in the funnel: {editor.unmatchedLeverKeys.join(", ")}. Set benchmarks for the current ratios on the Benchmarks page.
          </Alert>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle>Stages</CardTitle>
            <CardDescription>Top of the funnel first.</CardDescription>
          </CardHeader>
          <CardContent>
            <FunnelEditor stages={editor.stages} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Counts from logged activity or CRM deals</CardTitle>
            <CardDescription>
              Deals can count opportunities (deals created), deals won and revenue won. Each stage counts one source, never both, so a deal logged in the grid and imported from the CRM is not
              counted twice. Once deals are imported they are the default.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <FunnelSourceForm stages={editor.stages.map((stage) => ({ key: stage.key, label: stage.label }))} sources={funnelSources.sources} hasDeals={funnelSources.hasDeals} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
