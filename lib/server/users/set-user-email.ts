import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertAdmin } from "@/lib/server/access/assert-admin";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { InvalidInputError } from "@/lib/server/http/errors";
import { lockOrganizationUser } from "@/lib/server/users/lock-organization-user";
import { auditActor, type Viewer } from "@/lib/server/viewer/get-viewer";
import { isPendingEmail } from "@/lib/users/pending-email";

/**
 * ADMIN: gives a person created without an email (an owner named in a CRM export) their real one,
 * so they can be invited. Only a pending address is replaced here: changing the email someone signs
 * in with is another matter (it would move their sign-in and SSO identity).
 */
export async function setUserEmail(viewer: Viewer, input: { userId: string; email: string }): Promise<{ email: string }> {
  assertAdmin(viewer, "Only an administrator can set a person's email");
  try {
    return await db.$transaction(async (tx) => {
      const user = await lockOrganizationUser(tx, viewer.organizationId, input.userId);
      if (!isPendingEmail(user.email)) throw new InvalidInputError("email: this person already has an email", { email: ["this person already has an email"] });
      await tx.user.update({ where: { id: user.id }, data: { email: input.email } });
      await recordAudit({ organizationId: viewer.organizationId, ...auditActor(viewer), action: "user.email_set", entityType: "User", entityId: user.id, before: { email: user.email }, after: { email: input.email } }, tx);
      return { email: input.email };
    });
  } catch (error) {
    // The same answer as adding a person with a taken email, whichever organization holds it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new InvalidInputError("email: is already used by another account", { email: ["is already used by another account"] });
    }
    throw error;
  }
}
