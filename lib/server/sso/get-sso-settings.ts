import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { ssoSecretKey } from "@/lib/server/sso/sso-secret-key";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

/** Settings → Security: the organization's single sign-on, without its secret, and the admins who can be the break-glass one. */
export async function getSsoSettings(viewer: Viewer) {
  assertAdmin(viewer);
  const [connection, admins] = await Promise.all([
    db.ssoConnection.findUnique({
      where: { organizationId: viewer.organizationId },
      select: { issuer: true, clientId: true, createUnknownUsers: true, ssoOnly: true, breakGlassAdminId: true, updatedAt: true, domains: { select: { domain: true }, orderBy: { domain: "asc" } } },
    }),
    db.user.findMany({ where: { organizationId: viewer.organizationId, role: "ADMIN", active: true }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    keyConfigured: ssoSecretKey() !== null,
    connection: connection ? { ...connection, domains: connection.domains.map((entry) => entry.domain), updatedAt: connection.updatedAt.toISOString() } : null,
    admins,
  };
}
