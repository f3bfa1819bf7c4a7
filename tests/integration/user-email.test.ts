// A person created from a CRM export's owner names has no email yet: the admin gives it later, and
// only then can they be invited. Only a placeholder is replaced; taken emails get one neutral answer.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mapDealOwners } from "@/lib/server/deals/map-deal-owners";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/server/http/errors";
import { inviteExistingUser } from "@/lib/server/invitations/invite-existing-user";
import { getUserDirectory } from "@/lib/server/users/get-user-directory";
import { setUserEmail } from "@/lib/server/users/set-user-email";
import type { Viewer } from "@/lib/server/viewer/get-viewer";
import { createOrganizationCast, viewerFor } from "../helpers/factories";

type Cast = Awaited<ReturnType<typeof createOrganizationCast>>;
let acme: Cast;
let globex: Cast;
let admin: Viewer;
let ownerId: string;

beforeAll(async () => {
  acme = await createOrganizationCast("Acme");
  globex = await createOrganizationCast("Globex");
  admin = await viewerFor(acme.admin);
  const mapped = await mapDealOwners(admin, { owners: [{ name: "Zara Newhire", createPerson: { name: "Zara Newhire", teamId: acme.teamA.id } }] });
  ownerId = mapped.aliases[0]!.userId;
});

describe("a person created without an email", () => {
  it("shows no email in the directory and cannot be invited yet", async () => {
    const directory = await getUserDirectory(admin);
    expect(directory.users.find((user) => user.id === ownerId)?.email).toBeNull();
    await expect(inviteExistingUser(admin, { userId: ownerId })).rejects.toThrow(InvalidInputError);
    expect(await db.invitation.count({ where: { userId: ownerId } })).toBe(0);
  });

  it("refuses anyone but an admin, another organization's admin, and a taken email", async () => {
    await expect(setUserEmail(await viewerFor(acme.managerA), { userId: ownerId, email: "zara@acme.test" })).rejects.toThrow(ForbiddenError);
    await expect(setUserEmail(await viewerFor(globex.admin), { userId: ownerId, email: "zara@acme.test" })).rejects.toThrow(NotFoundError);
    // Taken in another organization: the same answer as taken here, naming no organization.
    const taken = await setUserEmail(admin, { userId: ownerId, email: globex.repA1.email }).catch((error: unknown) => error);
    expect(taken).toBeInstanceOf(InvalidInputError);
    expect((taken as InvalidInputError).message).toBe("email: is already used by another account");
    expect(await db.auditLog.count({ where: { organizationId: acme.organization.id, action: "user.email_set" } })).toBe(0);
  });

  it("gets its email once, audited, and can then be invited; a real email is never replaced here", async () => {
    expect(await setUserEmail(admin, { userId: ownerId, email: "zara.newhire@acme.test" })).toEqual({ email: "zara.newhire@acme.test" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: acme.organization.id, action: "user.email_set", entityId: ownerId } });
    expect(audit.after).toEqual({ email: "zara.newhire@acme.test" });
    await expect(setUserEmail(admin, { userId: ownerId, email: "other@acme.test" })).rejects.toThrow("this person already has an email");
    await expect(setUserEmail(admin, { userId: acme.repA1.id, email: "other@acme.test" })).rejects.toThrow(InvalidInputError);
    const invitation = await inviteExistingUser(admin, { userId: ownerId });
    expect(invitation.email).toBe("zara.newhire@acme.test");
  });
});
