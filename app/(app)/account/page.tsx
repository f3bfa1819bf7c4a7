import type { Metadata } from "next";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { roleLabel } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Your account" };

// Who is signed in, from the viewer the layout already read: no query of its own. `npm run bench:load`
// uses it as the floor of a signed-in page (same layout, session and viewer) for the dashboard's CPU.
export default async function AccountPage() {
  const viewer = await requireViewer();
  const rows = [
    { label: "Name", value: viewer.name },
    { label: "Email", value: viewer.email },
    { label: "Role", value: roleLabel(viewer) },
    { label: "Organization", value: viewer.organization.name },
    { label: "Time zone", value: viewer.organization.timeZone },
  ];
  return (
    <>
      <PageHeader title="Your account" description="You are signed in as this person. An administrator changes names, emails and roles under Settings." />
      <Card className="max-w-xl">
        <CardContent className="pt-6">
          <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
            {rows.map((row) => (
              <div key={row.label} className="contents">
                <dt className="font-medium text-slate-600">{row.label}</dt>
                <dd className="break-words text-slate-900">{row.value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
    </>
  );
}
