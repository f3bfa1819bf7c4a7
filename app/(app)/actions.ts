"use server";
import { signOut } from "@/lib/auth";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { endSessions } from "@/lib/server/users/end-sessions";
import { getViewer } from "@/lib/server/viewer/get-viewer";

export async function signOutAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) {
    await endSessions(viewer.id, viewer.organizationId);
    await recordAudit({ organizationId: viewer.organizationId, actorId: viewer.id, action: "auth.sign_out", entityType: "User", entityId: viewer.id });
  }
  await signOut({ redirectTo: "/login" });
}
