// npm run token -- --org <slug> [--name <label>]   prints a new organization API token once.
import { parseArgs } from "node:util";
import { withDatabase } from "./lib/database";
import { createPool, createPrismaClient } from "@/lib/db";
import { generateApiToken } from "@/lib/security/api-token";

async function main() {
  const { values } = parseArgs({ options: { org: { type: "string" }, name: { type: "string", default: "Script token" } } });
  if (!values.org) throw new Error("usage: npm run token -- --org <slug> [--name <label>]");
  await withDatabase(async (databaseUrl) => {
    const pool = createPool(databaseUrl, 2);
    const prisma = createPrismaClient(pool);
    try {
      const organization = await prisma.organization.findUnique({ where: { slug: values.org }, select: { id: true, name: true } });
      if (!organization) throw new Error(`no organization with slug '${values.org}'`);
      const { token, tokenHash, prefix } = generateApiToken();
      const row = await prisma.apiToken.create({ data: { organizationId: organization.id, name: values.name ?? "Script token", tokenHash, prefix }, select: { id: true } });
      await prisma.auditLog.create({ data: { organizationId: organization.id, action: "api_token.created", entityType: "ApiToken", entityId: row.id, after: { name: values.name, prefix, via: "npm run token" } } });
      console.error(`API token for ${organization.name} (shown once; store it now):`);
      console.log(token);
    } finally {
      await prisma.$disconnect();
      await pool.end();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
