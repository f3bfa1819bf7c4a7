import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { getSettingsOverview } from "@/lib/server/organization/get-settings-overview";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await requireViewer("organization.admin");
  const overview = await getSettingsOverview(viewer);
  const { organization } = viewer;
  const sections = [
    { href: "/getting-started", title: "Getting started", description: "Invite people, import activity, review benchmarks, first one-on-one.", figure: "Ticked from your data" },
    {
      href: "/settings/users",
      title: "Users",
      description: "Invite people, set roles and teams, deactivate and reactivate.",
      figure: `${overview.activeUsers} active${overview.deactivatedUsers ? ` · ${overview.deactivatedUsers} deactivated` : ""}`,
    },
    { href: "/settings/users/import", title: "Import people", description: "Bring in the org chart from a CSV file: people, teams, managers and regions.", figure: "CSV · preview first" },
    { href: "/settings/teams", title: "Teams", description: "Create and rename teams, and choose who manages each.", figure: `${overview.teams} ${overview.teams === 1 ? "team" : "teams"}` },
    { href: "/settings/funnel", title: "Funnel", description: "Rename, reorder, add and merge the stages reps log.", figure: overview.stages.join(" → ") || "No stages" },
    { href: "/settings/organization", title: "Organization", description: "Name, currency, time zone, CSV dates, fiscal year, grade and confidence thresholds.", figure: `${organization.currency} · ${organization.timeZone}` },
    { href: "/settings/agenda", title: "One-on-one agenda", description: "The sections every one-on-one follows.", figure: "Manager with rep, VP with manager" },
    { href: "/settings/security", title: "Security", description: "Single sign-on through your company's OpenID Connect provider.", figure: "OpenID Connect" },
    { href: "/settings/api-tokens", title: "API tokens", description: "Tokens for your CRM, provisioning and scripts.", figure: `${overview.activeTokens} active` },
    { href: "/settings/audit", title: "Audit log", description: "Who changed what, and when.", figure: overview.lastAuditAt ? `Latest ${formatDateTime(new Date(overview.lastAuditAt), organization.timeZone)}` : "No records yet" },
    { href: "/settings/export", title: "Export", description: "Download the organization's data as JSON or CSV files.", figure: "JSON · CSV (ZIP)" },
    { href: "/settings/jobs", title: "Background jobs", description: "Imports and weekly digests that failed after every retry; retry them.", figure: "Kept 7 days" },
  ];
  return (
    <>
      <PageHeader title="Settings" description={`Administration of ${organization.name}.`} />
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Settings sections">
        {sections.map((section) => (
          <li key={section.href}>
            <Card className="h-full transition-colors focus-within:border-brand-600 hover:border-brand-600">
              <CardHeader>
                <CardTitle>
                  <Link href={section.href} className="text-brand-700 underline-offset-2 hover:underline">
                    {section.title}
                  </Link>
                </CardTitle>
                <CardDescription>{section.description}</CardDescription>
              </CardHeader>
              <CardContent className="text-sm text-slate-800">{section.figure}</CardContent>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
