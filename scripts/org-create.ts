// npm run org:create -- --name "Acme Inc" --admin-email ada@acme.com [--admin-name "Ada Lovelace"] [--currency EUR] [--time-zone Europe/Berlin]
// For self-hosters: a new organization with the default framework and its first ADMIN, who has
// no password yet; prints a one-time invitation link (7 days) to set it. No email is sent.
import { parseArgs } from "node:util";
import { z } from "zod";
import { withDatabase } from "./lib/database";
import { createPool, createPrismaClient } from "@/lib/db";
import { invitationLink } from "@/lib/mail/links";
import { createOrganizationWithAdmin } from "@/lib/organizations/create-organization-with-admin";
import { generateOneTimeToken } from "@/lib/security/one-time-token";
import { INVITATION_TTL_MS } from "@/lib/server/invitations/invitation-policy";
import { signUpSchema } from "@/lib/validation/signup";

const USAGE = 'usage: npm run org:create -- --name "<organization>" --admin-email <email> [--admin-name "<name>"] [--currency USD] [--time-zone America/New_York]';

const argsSchema = signUpSchema.pick({ organizationName: true, name: true, email: true, currency: true, timeZone: true });

async function main() {
  const { values } = parseArgs({
    options: { name: { type: "string" }, "admin-email": { type: "string" }, "admin-name": { type: "string" }, currency: { type: "string", default: "USD" }, "time-zone": { type: "string", default: "America/New_York" } },
  });
  const email = values["admin-email"] ?? "";
  const parsed = argsSchema.safeParse({ organizationName: values.name, email, name: values["admin-name"] ?? email.split("@")[0], currency: values.currency, timeZone: values["time-zone"] });
  if (!parsed.success) throw new Error(`${z.prettifyError(parsed.error)}\n${USAGE}`);
  const input = parsed.data;
  await withDatabase(async (databaseUrl) => {
    const pool = createPool(databaseUrl, 2);
    const prisma = createPrismaClient(pool);
    try {
      const { token, tokenHash } = generateOneTimeToken();
      const created = await prisma.$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new Error(`${input.email} already has an account`);
        const made = await createOrganizationWithAdmin(tx, { organizationName: input.organizationName, currency: input.currency, timeZone: input.timeZone, admin: { name: input.name, email: input.email, passwordHash: null }, via: "org:create" });
        const invitation = await tx.invitation.create({ data: { organizationId: made.organization.id, userId: made.admin.id, tokenHash, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) }, select: { id: true, expiresAt: true } });
        await tx.auditLog.create({ data: { organizationId: made.organization.id, action: "invitation.link_copied", entityType: "Invitation", entityId: invitation.id, after: { email: input.email, via: "org:create" } } });
        return { ...made, invitation };
      });
      console.error(`Created ${created.organization.name} (slug ${created.organization.slug}) with administrator ${created.admin.email}.`);
      console.error(`Send them this link to set their password (single use, until ${created.invitation.expiresAt.toISOString()}):`);
      console.log(invitationLink(token));
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
