import "server-only";
import { headers } from "next/headers";

/** The client's address as the sign-in provider reads it (first X-Forwarded-For hop, X-Real-IP), for rate limits. */
export async function clientIp(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "local";
}
