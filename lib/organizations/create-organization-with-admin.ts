// A new customer's organization with its first administrator, in the caller's transaction: what
// /signup and `npm run org:create` both do. No authorization (the callers decide who may).
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createOrganizationInTransaction } from "@/lib/organizations/create-organization";

export interface NewOrganizationWithAdmin {
  organizationName: string;
  currency: string;
  timeZone: string;
  admin: { name: string; email: string; passwordHash: string | null };
  /** Recorded in the audit log: "signup" or "org:create". */
  via: string;
}

/** A URL-safe, unique-enough slug: the name's words and a random suffix. */
export function organizationSlug(name: string): string {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "org";
  return `${base}-${randomBytes(3).toString("hex")}`;
}

export async function createOrganizationWithAdmin(tx: Prisma.TransactionClient, input: NewOrganizationWithAdmin) {
  // The defaults apply to any history imported later, so they start well before today.
  const benchmarksFrom = `${new Date().getUTCFullYear() - 5}-01-01`;
  const organization = await createOrganizationInTransaction(tx, { slug: organizationSlug(input.organizationName), name: input.organizationName, currency: input.currency, timeZone: input.timeZone, benchmarksFrom });
  const admin = await tx.user.create({
    data: { organizationId: organization.id, name: input.admin.name, email: input.admin.email, role: "ADMIN", passwordHash: input.admin.passwordHash },
    select: { id: true, email: true, name: true, role: true, organizationId: true },
  });
  await tx.auditLog.createMany({
    data: [
      { organizationId: organization.id, actorId: admin.id, action: "organization.created", entityType: "Organization", entityId: organization.id, after: { name: organization.name, currency: input.currency, timeZone: input.timeZone, via: input.via } },
      { organizationId: organization.id, actorId: admin.id, action: "user.created", entityType: "User", entityId: admin.id, after: { email: admin.email, name: admin.name, role: admin.role, via: input.via } },
    ],
  });
  return { organization: { id: organization.id, slug: organization.slug, name: organization.name }, admin };
}
