import type { Metadata } from "next";
import Link from "next/link";
import { DealImportWizard } from "@/components/deal-import/deal-import-wizard";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getDealImportSetup } from "@/lib/server/deals/get-deal-import-setup";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Import CRM deals" };

export default async function ImportDealsPage() {
  const viewer = await requireViewer("deal.import");
  const setup = await getDealImportSetup(viewer);
  return (
    <>
      <PageHeader
        title="Import CRM deals"
        description="Upload your CRM's opportunity or deal export. Win rate, deal size and sales cycle come from deals. Nothing is written until every row and every owner is right; then the whole file is written at once."
        actions={
          <Link href="/activity/import" className={buttonVariants({ variant: "secondary" })}>
            Import activity
          </Link>
        }
      />
      <DealImportWizard savedMappings={setup.savedMappings} people={setup.people} teams={setup.teams} maxBytes={setup.maxBytes} />
    </>
  );
}
