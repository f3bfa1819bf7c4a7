import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { loadViewer } from "@/lib/server/viewer/load-viewer";
import { can, type ViewerPermission } from "@/lib/access/policy";
import type { Role } from "@/lib/generated/prisma/enums";

export interface Viewer {
  /** "token": an organization API token, which acts with organization-wide (ADMIN) scope. */
  kind: "user" | "token";
  /** The user's id; for a token, the token's id (never a user id). */
  id: string;
  tokenId: string | null;
  name: string;
  email: string;
  role: Role;
  organizationId: string;
  organization: { name: string; slug: string; currency: string; timeZone: string };
  /** The team a rep is on. */
  teamId: string | null;
  /** The teams a manager runs. */
  managedTeamIds: string[];
  /** Reps of other teams this user co-coaches (docs/decisions/0036). */
  coCoachedRepIds?: string[];
}

export { loadViewer } from "@/lib/server/viewer/load-viewer";

/** The signed-in user, resolved once per request; null when signed out or the session is no longer valid. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.organizationId) return null;
  return loadViewer(user.id, user.organizationId, user.sessionVersion);
});

/** For pages: signed-out visitors go to /login; a viewer the policy does not let open the page gets a 404. */
export async function requireViewer(permission?: ViewerPermission): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (permission && !can(viewer, permission)) notFound();
  return viewer;
}

/** Who to record in the audit log for a viewer: a user, or an API token. */
export function auditActor(viewer: Viewer): { actorId: string | null; actorTokenId: string | null } {
  return viewer.kind === "token" ? { actorId: null, actorTokenId: viewer.tokenId } : { actorId: viewer.id, actorTokenId: null };
}

/** The user id to store as author/creator, or null for an API token. */
export function viewerUserId(viewer: Viewer): string | null {
  return viewer.kind === "user" ? viewer.id : null;
}
