import "server-only";
import { db } from "@/lib/db";
import { hashApiToken } from "@/lib/security/api-token";
import type { Viewer } from "@/lib/server/viewer/get-viewer";

const LAST_USED_RESOLUTION_MS = 60_000;

/** The viewer an API token acts as (organization-wide), or null for an unknown or revoked token. */
export async function resolveApiToken(token: string): Promise<Viewer | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, name: true, revokedAt: true, lastUsedAt: true, organizationId: true, organization: { select: { name: true, slug: true, currency: true, timeZone: true } } },
  });
  if (!row || row.revokedAt) return null;
  // Recording every use would turn each read into a write; a minute's resolution is enough.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    kind: "token",
    id: row.id,
    tokenId: row.id,
    name: row.name,
    email: "",
    role: "ADMIN",
    organizationId: row.organizationId,
    organization: row.organization,
    teamId: null,
    managedTeamIds: [],
  };
}
