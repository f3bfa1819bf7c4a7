import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ManagerDigestView } from "@/components/digest/manager-digest-view";
import { formatDate } from "@/lib/format";
import { getLatestDigest } from "@/lib/server/digest/get-latest-digest";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export const metadata: Metadata = { title: "Weekly digest" };

export default async function DigestPage() {
  const viewer = await requireViewer("digest.view");
  const digest = await getLatestDigest(viewer);
  return (
    <>
      <PageHeader
        title="Weekly digest"
        description={digest ? `Week of ${formatDate(digest.weekOf)}: who needs what from you this week.` : "Who needs what from you this week, every Monday morning."}
      />
      {digest ? (
        <ManagerDigestView digest={digest.body} />
      ) : (
        <EmptyState title="No digest yet">Your first digest is prepared on Monday at 06:00 ({viewer.organization.timeZone}).</EmptyState>
      )}
    </>
  );
}
