import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "cb_";

/** A new organization API token: the secret (shown once) and what we store (its SHA-256). */
export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, 10) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
