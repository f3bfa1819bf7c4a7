import { redirect } from "next/navigation";
import { ROLE_HOME } from "@/lib/auth/roles";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export default async function HomePage() {
  const viewer = await requireViewer();
  redirect(ROLE_HOME[viewer.role]);
}
