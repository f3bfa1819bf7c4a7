import { AppShell } from "@/components/shell/app-shell";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return <AppShell viewer={{ name: viewer.name, email: viewer.email, role: viewer.role, organizationName: viewer.organization.name }}>{children}</AppShell>;
}
