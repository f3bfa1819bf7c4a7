import "server-only";
import { db } from "@/lib/db";
import { openSecret } from "@/lib/security/secret-box";
import { logger } from "@/lib/server/runtime/logger";
import { ssoSecretKey } from "@/lib/server/sso/sso-secret-key";

/** For Auth.js: the organization's provider with its secret unsealed; null when none, or when the secret cannot be opened. */
export async function loadSsoProvider(organizationId: string): Promise<{ issuer: string; clientId: string; clientSecret: string } | null> {
  const key = ssoSecretKey();
  if (!key) return null;
  const connection = await db.ssoConnection.findUnique({ where: { organizationId }, select: { issuer: true, clientId: true, clientSecretSealed: true } });
  if (!connection) return null;
  const clientSecret = openSecret(key, connection.clientSecretSealed, organizationId);
  if (clientSecret === null) {
    logger.error("sso client secret cannot be opened (SSO_SECRET_KEY changed?)", { organizationId });
    return null;
  }
  return { issuer: connection.issuer, clientId: connection.clientId, clientSecret };
}
