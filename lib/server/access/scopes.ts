import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

// PRODUCT.md's visibility rules as Prisma filters, always including the organization.
// A REP sees only themself; a MANAGER the reps of their own teams; a VP and an ADMIN the organization.

export function visibleRepsWhere(viewer: Viewer): Prisma.UserWhereInput {
  const base: Prisma.UserWhereInput = { organizationId: viewer.organizationId, role: "REP" };
  switch (viewer.role) {
    case "REP":
      return { ...base, id: viewer.id };
    case "MANAGER":
      return { ...base, teamId: { in: viewer.managedTeamIds } };
    case "VP":
    case "ADMIN":
      return base;
  }
}

export function visibleTeamsWhere(viewer: Viewer): Prisma.TeamWhereInput {
  const base: Prisma.TeamWhereInput = { organizationId: viewer.organizationId };
  switch (viewer.role) {
    case "REP":
      return { ...base, id: viewer.teamId ?? "__none__" };
    case "MANAGER":
      return { ...base, managerId: viewer.id };
    case "VP":
    case "ADMIN":
      return base;
  }
}

/** Who may log or import activity for whom: a REP for self, a MANAGER for own reps, an ADMIN for anyone. */
export function activityWritableRepsWhere(viewer: Viewer): Prisma.UserWhereInput | null {
  if (viewer.role === "VP") return null;
  return visibleRepsWhere(viewer);
}

export const isOrgWide = (viewer: Viewer) => viewer.role === "VP" || viewer.role === "ADMIN";
