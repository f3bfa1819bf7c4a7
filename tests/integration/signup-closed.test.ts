// SIGNUP=closed: the operation refuses before touching anything (the page answers 404, see the e2e rows).
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  // Read once, on first use of lib/env in this file's module graph.
  process.env.SIGNUP = "closed";
});

import { db } from "@/lib/db";
import { signUpOrganization } from "@/lib/server/signup/sign-up-organization";

afterAll(() => {
  delete process.env.SIGNUP;
});

describe("SIGNUP=closed", () => {
  it("creates nothing and says closed", async () => {
    const before = await db.organization.count();
    expect(await signUpOrganization({ organizationName: "Closed Co", name: "C", email: "c@closed.test", password: "a long enough passphrase", currency: "USD", timeZone: "UTC", ip: "10.30.0.1" })).toEqual({ status: "closed" });
    expect(await db.organization.count()).toBe(before);
    expect(await db.user.count({ where: { email: "c@closed.test" } })).toBe(0);
  });
});
