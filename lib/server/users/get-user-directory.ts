import "server-only";
import { isPendingEmail } from "@/lib/users/pending-email";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { dayKey } from "@/lib/calendar/days";

/** The users page: everyone in the organization with role, team and status, and the teams to choose from. */
export async function getUserDirectory(viewer: Viewer) {
  assertAdmin(viewer);
  const [users, teams] = await Promise.all([
    db.user.findMany({
      where: { organizationId: viewer.organizationId },
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        deactivatedAt: true,
        passwordHash: true,
        invitations: { where: { acceptedAt: null, revokedAt: null }, select: { id: true }, take: 1 },
        team: { select: { id: true, name: true } },
        managedTeams: { select: { name: true }, orderBy: { name: "asc" } },
      },
      orderBy: [{ active: "desc" }, { name: "asc" }],
    }),
    db.team.findMany({ where: { organizationId: viewer.organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    viewerId: viewer.id,
    teams,
    users: users.map((user) => ({
      id: user.id,
      name: user.name,
      // A person from a CRM export may have no email yet (a reserved placeholder is stored).
      email: isPendingEmail(user.email) ? null : user.email,
      role: user.role,
      active: user.active,
      deactivatedOn: (user.deactivatedAt ? dayKey(user.deactivatedAt) : null),
      // Never the hash itself: whether they can sign in yet, and whether an invitation is pending.
      hasPassword: user.passwordHash !== null,
      invited: user.invitations.length > 0,
      team: user.team,
      managedTeams: user.managedTeams.map((team) => team.name),
    })),
  };
}
