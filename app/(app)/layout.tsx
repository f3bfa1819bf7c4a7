import { AppShell } from "@/components/shell/app-shell";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return <AppShell viewer={{ ...viewer, organizationName: viewer.organization.name }}>{children}</AppShell>;
}
