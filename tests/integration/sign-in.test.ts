import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SIGN_IN_LIMITS, verifyCredentials } from "@/lib/server/auth/verify-credentials";
import { createOrganization, createUser, TEST_PASSWORD } from "../helpers/factories";

let organizationId: string;

beforeAll(async () => {
  organizationId = (await createOrganization()).id;
});

describe("verifyCredentials", () => {
  it("signs in with the right password and records it in the audit log", async () => {
    const rep = await createUser(organizationId, "REP");
    const outcome = await verifyCredentials({ email: rep.email.toUpperCase(), password: TEST_PASSWORD, ip: "10.0.0.1" });
    expect(outcome).toMatchObject({ status: "ok", user: { id: rep.id, role: "REP", organizationId } });
    expect(await db.auditLog.count({ where: { organizationId, action: "auth.sign_in", entityId: rep.id } })).toBe(1);
  });

  it("gives the same answer for an unknown account, a wrong password and a deactivated user", async () => {
    const rep = await createUser(organizationId, "REP");
    const gone = await createUser(organizationId, "REP", { active: false });
    expect(await verifyCredentials({ email: "nobody@example.test", password: TEST_PASSWORD, ip: "10.0.0.2" })).toEqual({ status: "invalid" });
    expect(await verifyCredentials({ email: rep.email, password: "wrong password!", ip: "10.0.0.2" })).toEqual({ status: "invalid" });
    expect(await verifyCredentials({ email: gone.email, password: TEST_PASSWORD, ip: "10.0.0.2" })).toEqual({ status: "invalid" });
  });

  it("locks an account after repeated failures, even for the right password, while other accounts still work", async () => {
    const rep = await createUser(organizationId, "REP");
    const other = await createUser(organizationId, "REP");
    for (let attempt = 1; attempt < SIGN_IN_LIMITS.accountFailures; attempt++) {
      expect((await verifyCredentials({ email: rep.email, password: `wrong-${attempt}`, ip: `10.1.0.${attempt}` })).status).toBe("invalid");
    }
    expect((await verifyCredentials({ email: rep.email, password: "wrong-last", ip: "10.1.0.9" })).status).toBe("locked");
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.1.0.10" })).status).toBe("locked");
    expect((await verifyCredentials({ email: other.email, password: TEST_PASSWORD, ip: "10.1.0.11" })).status).toBe("ok");
  });

  it("locks a client address that fails across many accounts", async () => {
    const ip = "10.2.0.1";
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.ipFailures; attempt++) {
      await verifyCredentials({ email: `probe-${attempt}@example.test`, password: "guess", ip });
    }
    const rep = await createUser(organizationId, "REP");
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip })).status).toBe("locked");
    expect((await verifyCredentials({ email: rep.email, password: TEST_PASSWORD, ip: "10.2.0.2" })).status).toBe("ok");
  });
});
