import "server-only";
import { env } from "@/lib/env";
import { parseSecretKey } from "@/lib/security/secret-box";

/** The key that seals identity providers' client secrets, or null when SSO_SECRET_KEY is not set. */
export function ssoSecretKey(): Buffer | null {
  const text = env.SSO_SECRET_KEY?.trim();
  return text ? parseSecretKey(text) : null;
}
