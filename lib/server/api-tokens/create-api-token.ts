import "server-only";
import { can } from "@/lib/access/policy";
import { db } from "@/lib/db";
import { generateApiToken } from "@/lib/security/api-token";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { ForbiddenError } from "@/lib/server/http/errors";
import { auditActor, viewerUserId, type Viewer } from "@/lib/server/viewer/get-viewer";

/** ADMIN only. Returns the token once; only its hash is stored. */
export async function createApiToken(viewer: Viewer, input: { name: string }) {
  if (!can(viewer, "organization.admin")) throw new ForbiddenError("Only an administrator can create API tokens");
  const { token, tokenHash, prefix } = generateApiToken();
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { organizationId: viewer.organizationId, name: input.name, tokenHash, prefix, createdById: viewerUserId(viewer) },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "api_token.created", entityType: "ApiToken", entityId: row.id, after: { name: row.name, prefix } }, tx);
    return row;
  });
  return { ...created, token };
}
