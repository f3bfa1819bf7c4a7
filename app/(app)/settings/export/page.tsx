import type { Metadata } from "next";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Export" };

const CONTENTS = [
  "users (never passwords)",
  "teams and team history",
  "funnel stages",
  "daily activity",
  "quotas and goals",
  "benchmarks",
  "competencies, rubrics and coaching questions",
  "assessments",
  "one-on-ones with their shared notes (never private notes)",
  "commitments",
  "development plans",
  "sales plays",
  "the audit log",
];

export default async function ExportPage() {
  await requireViewer("organization.admin");
  return (
    <>
      <SettingsBreadcrumb current="Export" />
      <PageHeader title="Export" description="Download everything your organization keeps in Coachboard, to archive it or move it elsewhere. Each download is recorded in the audit log." />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>JSON</CardTitle>
            <CardDescription>One file with every table; money in minor units as text, days as YYYY-MM-DD.</CardDescription>
          </CardHeader>
          <CardContent>
            <a href="/settings/export/json" download className={buttonVariants()}>
              Download JSON
            </a>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>CSV files</CardTitle>
            <CardDescription>A ZIP with one CSV per table. Cells that a spreadsheet would run as a formula start with a single quote.</CardDescription>
          </CardHeader>
          <CardContent>
            <a href="/settings/export/csv" download className={buttonVariants()}>
              Download CSV (ZIP)
            </a>
          </CardContent>
        </Card>
        <Card className="md:col-span-2">
          <CardHeader>
            <CardTitle>What is in it</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="list-disc columns-1 pl-5 text-sm text-slate-700 md:columns-2">
              {CONTENTS.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <p className="mt-3 text-sm text-slate-600">Private notes are not in the export: they belong to the manager who wrote them.</p>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
