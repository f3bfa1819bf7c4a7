import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError, NotFoundError } from "@/lib/server/http/errors";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";

export async function revokeApiToken(viewer: Viewer, tokenId: string): Promise<void> {
  if (!can(viewer, "organization.admin")) throw new ForbiddenError("Only an administrator can revoke API tokens");
  await db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({ where: { id: tokenId, organizationId: viewer.organizationId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count === 0) throw new NotFoundError("API token");
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "api_token.revoked", entityType: "ApiToken", entityId: tokenId }, tx);
  });
}
