import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AgendaTemplateEditor } from "@/components/one-on-ones/agenda-template-editor";
import { getAgendaTemplates } from "@/lib/server/one-on-ones/get-agenda-templates";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "One-on-one agenda" };

export default async function AgendaTemplatePage() {
  const viewer = await requireViewer("organization.admin");
  const templates = await getAgendaTemplates(viewer);
  return (
    <>
      <PageHeader
        title="One-on-one agenda"
        description="Every one-on-one follows this agenda, so each meeting covers the same data points. Reorder, rename and rewrite the prompts; each kind of section stays. A meeting keeps the agenda it started with."
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Manager with rep</CardTitle>
            <CardDescription>The prompts are shown to the manager only.</CardDescription>
          </CardHeader>
          <CardContent>
            <AgendaTemplateEditor kind="REP" initialSections={templates.REP} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>VP with manager</CardTitle>
            <CardDescription>The prompts are shown to the VP only.</CardDescription>
          </CardHeader>
          <CardContent>
            <AgendaTemplateEditor kind="LEADER" initialSections={templates.LEADER} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
