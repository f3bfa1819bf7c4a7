import type { Metadata } from "next";
import Link from "next/link";
import { PeopleImportForm } from "@/components/settings/people-import-form";
import { SettingsBreadcrumb } from "@/components/settings/settings-breadcrumb";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireViewer } from "@/lib/server/viewer/get-viewer";
import { MAX_PEOPLE_IMPORT_BYTES } from "@/lib/validation/people-import";

export const metadata: Metadata = { title: "Import people" };

const COLUMNS: [string, string][] = [
  ["Name", "Name, Full Name, or First Name and Last Name"],
  ["Email", "Email, Work Email — how people are matched: importing again updates them, never duplicates"],
  ["Role", "REP, MANAGER, VP or ADMIN; empty keeps an existing person's role and makes a new person a REP"],
  ["Manager", "Manager, Reports To — an email or a name. A rep's manager is a MANAGER; a manager's is a VP"],
  ["Team", "Team, Department — for a rep, the team they are on (created with the rep's manager); for a manager, the team they lead"],
  ["Region", "Region, Office — the region a team belongs to (one per team)"],
];

export default async function ImportPeoplePage() {
  await requireViewer("organization.admin");
  return (
    <>
      <SettingsBreadcrumb current="Import people" />
      <PageHeader
        title="Import people"
        description="Bring in your org chart from a CSV file: people, their teams and managers, and the regions teams belong to. You see what will change first; then the whole file is written at once, or nothing."
        actions={
          <Link href="/settings/users" className={buttonVariants({ variant: "secondary" })}>
            Users
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>The file</CardTitle>
            <CardDescription>One row per person, with a header row. Columns are found by name, whatever their case; VPs and admins need no team or manager.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
              {COLUMNS.map(([name, description]) => (
                <div key={name} className="contents">
                  <dt className="font-medium text-slate-900">{name}</dt>
                  <dd className="text-slate-700">{description}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
        <PeopleImportForm maxBytes={MAX_PEOPLE_IMPORT_BYTES} />
      </div>
    </>
  );
}
