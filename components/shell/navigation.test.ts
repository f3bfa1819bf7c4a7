import { describe, expect, it } from "vitest";
import { navigationFor } from "@/components/shell/navigation";
import type { Role } from "@/lib/generated/prisma/enums";

const user = (role: Role) => ({ kind: "user" as const, id: "user-1", role, organizationId: "org-1", teamId: null, managedTeamIds: [] });
const labels = (role: Role) => navigationFor(user(role)).map((item) => item.label);

describe("the main navigation, asked of the access policy", () => {
  it("gives each role its pages in order", () => {
    expect(labels("REP")).toEqual(["My numbers", "Log activity", "One-on-ones", "Group sessions", "Plans", "Playbook", "Competencies"]);
    expect(labels("MANAGER")).toEqual(["My team", "Log activity", "One-on-ones", "Group sessions", "My coaching", "Weekly digest", "Plans", "Playbook", "Competencies"]);
    expect(labels("VP")).toEqual(["Organization", "Goals", "Benchmarks", "Coaching", "One-on-ones", "Group sessions", "Plans", "Playbook", "Competencies"]);
    expect(labels("ADMIN")).toEqual(["Settings", "Organization", "Goals", "Benchmarks", "Coaching", "Log activity", "Playbook", "Competencies"]);
  });
});
