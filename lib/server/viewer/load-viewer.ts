import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// Kept apart from get-viewer.ts (which pulls in next-auth and next/navigation) so job workers,
// which run outside Next, can act as the user who queued the work.

async function loadActiveUser(userId: string, organizationId: string): Promise<(Viewer & { sessionVersion: number }) | null> {
  const user = await db.user.findFirst({
    where: { id: userId, organizationId, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      organizationId: true,
      teamId: true,
      sessionVersion: true,
      organization: { select: { name: true, slug: true, currency: true, timeZone: true } },
      managedTeams: { select: { id: true }, orderBy: { name: "asc" } },
      coCoaching: { where: { organizationId, rep: { active: true } }, select: { repId: true }, orderBy: { repId: "asc" } },
    },
  });
  if (!user) return null;
  return {
    kind: "user",
    tokenId: null,
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    organizationId: user.organizationId,
    organization: user.organization,
    teamId: user.teamId,
    managedTeamIds: user.managedTeams.map((team) => team.id),
    coCoachedRepIds: user.coCoaching.map((entry) => entry.repId),
    sessionVersion: user.sessionVersion,
  };
}

export async function loadViewer(userId: string, organizationId: string, sessionVersion: number): Promise<Viewer | null> {
  // Re-read on every request: a deactivation, role change or sign-out elsewhere applies at once.
  const user = await loadActiveUser(userId, organizationId);
  if (!user || user.sessionVersion !== sessionVersion) return null;
  const { sessionVersion: _version, ...viewer } = user;
  return viewer;
}

/** A background job acting for the user who queued it: their current role and teams, null once deactivated. */
export async function loadJobViewer(userId: string, organizationId: string): Promise<Viewer | null> {
  const user = await loadActiveUser(userId, organizationId);
  if (!user) return null;
  const { sessionVersion: _version, ...viewer } = user;
  return viewer;
}
