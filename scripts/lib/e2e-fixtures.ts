// What the e2e run needs beyond the demo organization: a second organization (for cross-tenant
// checks) and an API token for each.
import { createPool, createPrismaClient } from "@/lib/db";
import { createOrganizationWithDefaults } from "@/lib/organizations/create-organization";
import { generateApiToken } from "@/lib/security/api-token";
import { hashPassword } from "@/lib/security/password";
import { DEMO_ORGANIZATION, DEMO_PASSWORD } from "../../prisma/seed/demo-profiles";

export async function createE2eFixtures(databaseUrl: string): Promise<{ E2E_API_TOKEN: string; E2E_FOREIGN_API_TOKEN: string }> {
  const pool = createPool(databaseUrl, 2);
  const prisma = createPrismaClient(pool);
  try {
    const acme = await prisma.organization.findUniqueOrThrow({ where: { slug: DEMO_ORGANIZATION.slug }, select: { id: true } });
    const globex = await createOrganizationWithDefaults(prisma, { slug: "globex", name: "Globex", benchmarksFrom: "2025-01-01" });
    await prisma.user.create({ data: { organizationId: globex.id, email: "admin@globex.test", name: "Glenn Globex", role: "ADMIN", passwordHash: await hashPassword(DEMO_PASSWORD) } });
    const tokens: string[] = [];
    for (const organizationId of [acme.id, globex.id]) {
      const { token, tokenHash, prefix } = generateApiToken();
      await prisma.apiToken.create({ data: { organizationId, name: "e2e", tokenHash, prefix } });
      tokens.push(token);
    }
    return { E2E_API_TOKEN: tokens[0] ?? "", E2E_FOREIGN_API_TOKEN: tokens[1] ?? "" };
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}
