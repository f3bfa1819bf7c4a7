import "server-only";
import { db } from "@/lib/db";
import { emailDomain } from "@/lib/validation/sso";

/** Before sign-in (no viewer): the organization whose provider signs in this email's domain, if any. */
export async function findSsoOrganization(email: string): Promise<{ organizationId: string } | null> {
  const entry = await db.ssoDomain.findUnique({ where: { domain: emailDomain(email) }, select: { organizationId: true } });
  return entry ? { organizationId: entry.organizationId } : null;
}
