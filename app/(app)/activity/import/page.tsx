import type { Metadata } from "next";
import Link from "next/link";
import { can, repScope } from "@/lib/access/policy";
import { ImportWizard } from "@/components/activity-import/import-wizard";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getImportSetup } from "@/lib/server/import/get-import-setup";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Import activity" };

export default async function ImportActivityPage() {
  const viewer = await requireViewer("activity.import");
  const setup = await getImportSetup(viewer);
  return (
    <>
      <PageHeader
        title="Import activity"
        description={
          repScope(viewer) === "teams"
            ? "Upload a CSV of your reps' daily activity. Nothing is written until every row is right; then the whole file is written at once."
            : "Upload a CSV of daily activity for any rep of the organization. Nothing is written until every row is right; then the whole file is written at once."
        }
        actions={
          <>
            {can(viewer, "deal.import") && (
              <Link href="/deals/import" className={buttonVariants({ variant: "secondary" })}>
                Import CRM deals
              </Link>
            )}
            <Link href="/activity" className={buttonVariants({ variant: "secondary" })}>
              Log activity
            </Link>
          </>
        }
      />
      <ImportWizard stages={setup.stages} savedPresets={setup.savedPresets} currency={setup.currency} dateStyle={setup.dateStyle} maxBytes={setup.maxBytes} />
    </>
  );
}
