import { describe, expect, it } from "vitest";
import { can, homePath, PERMISSIONS, type AccessSubject, type Permission } from "@/lib/access/policy";
import { CALLERS, EXPECTED_ACCESS, type Caller, type ResourceCase } from "@/tests/helpers/expected-access";

function subject(caller: Caller): AccessSubject {
  const base = { id: `${caller.toLowerCase()}-1`, organizationId: "org-1", teamId: null, managedTeamIds: [] };
  if (caller === "TOKEN") return { ...base, kind: "token", role: "ADMIN" };
  return { ...base, kind: "user", role: caller, teamId: caller === "REP" ? "team-1" : null, managedTeamIds: caller === "MANAGER" ? ["team-1"] : [] };
}

const permissions = Object.keys(PERMISSIONS) as Permission[];
const decide = (caller: Caller, permission: Permission, resource?: unknown) => (can as (viewer: AccessSubject, permission: Permission, resource?: unknown) => boolean)(subject(caller), permission, resource);

describe("the access policy against the expected table", () => {
  it("has an expected row for every permission, and no row for a permission that does not exist", () => {
    expect(Object.keys(EXPECTED_ACCESS).sort()).toEqual([...permissions].sort());
  });

  it.each(permissions)("%s answers as the table says for every caller", (permission) => {
    const expected = EXPECTED_ACCESS[permission] as Caller[] | ResourceCase<unknown>[];
    const mismatches: string[] = [];
    for (const caller of CALLERS) {
      if (expected.every((row) => typeof row === "string")) {
        const allowed = (expected as Caller[]).includes(caller);
        if (decide(caller, permission) !== allowed) mismatches.push(`${caller}: expected ${allowed}`);
      } else {
        for (const row of expected as ResourceCase<unknown>[]) {
          const allowed = row.allowed.includes(caller);
          if (decide(caller, permission, row.resource(subject(caller).id)) !== allowed) mismatches.push(`${caller} (${row.name}): expected ${allowed}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("sends each role home to its own landing page", () => {
    expect(CALLERS.filter((caller) => caller !== "TOKEN").map((caller) => homePath(subject(caller)))).toEqual(["/me", "/team", "/org", "/settings"]);
  });
});
