import { redirect } from "next/navigation";
import { homePath } from "@/lib/access/policy";
import { requireViewer } from "@/lib/server/viewer/get-viewer";

export default async function HomePage() {
  const viewer = await requireViewer();
  redirect(homePath(viewer));
}
