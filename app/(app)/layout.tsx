import { AppShell } from "@/components/shell/app-shell";
import { countUnreadNotifications } from "@/lib/server/reminders/list-notifications";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  const unreadNotifications = await countUnreadNotifications(viewer);
  return (
    <AppShell viewer={{ ...viewer, organizationName: viewer.organization.name }} unreadNotifications={unreadNotifications}>
      {children}
    </AppShell>
  );
}
