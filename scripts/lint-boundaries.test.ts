// The layer rules of eslint.config.mjs are live: each planted violation below is reported, and the
// imports each layer is allowed are not. Linted as text at a path inside the layer (no file written).
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;
// Loading the Next.js config takes seconds on a busy machine: once, here, with room to spare.
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  await eslint.lintText("", { filePath: "lib/coaching/warm-up.ts" });
}, 120_000);

async function errorsOf(rule: string, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = 1;\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule).map((message) => message.message);
}
const boundaryErrors = (filePath: string, code: string) => errorsOf("@typescript-eslint/no-restricted-imports", filePath, code);

describe("layer boundaries in lint", () => {
  it("the engine (lib/coaching) imports nothing of the app, no framework and no database", async () => {
    const file = "lib/coaching/planted.ts";
    expect(await boundaryErrors(file, 'import { db } from "@/lib/db";\nvoid db;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import { getViewer } from "@/lib/server/viewer/get-viewer";\nvoid getViewer;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import { formatMoney } from "../money";\nvoid formatMoney;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import { cache } from "react";\nvoid cache;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import type { Role } from "@/lib/generated/prisma/enums";\nexport type R = Role;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import { gradeFor } from "./grade";\nimport { levers } from "@/lib/coaching/levers";\nimport { formatPercent } from "@/lib/format";\nvoid gradeFor; void levers; void formatPercent;')).toEqual([]);
  });

  it("the presentation layer (lib/format) is pure too", async () => {
    const file = "lib/format/planted.ts";
    expect(await boundaryErrors(file, 'import { db } from "@/lib/db";\nvoid db;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import { cache } from "react";\nvoid cache;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import { formatCount } from "./number";\nimport { formatMoney } from "@/lib/format/money";\nvoid formatCount; void formatMoney;')).toEqual([]);
  });

  it("components import an operation's types, never the operation, the database or a page", async () => {
    const file = "components/dashboard/planted.tsx";
    expect(await boundaryErrors(file, 'import { getTeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";\nvoid getTeamDashboard;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import { db } from "@/lib/db";\nvoid db;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import { PrismaClient } from "@/lib/generated/prisma/client";\nvoid PrismaClient;')).toHaveLength(1);
    expect(await boundaryErrors(file, 'import TeamPage from "@/app/(app)/team/page";\nvoid TeamPage;')).toHaveLength(1);
    expect(
      await boundaryErrors(file, 'import type { TeamDashboard } from "@/lib/server/dashboard/get-team-dashboard";\nimport { createPlanAction } from "@/app/(app)/plans/actions";\nexport type T = TeamDashboard;\nvoid createPlanAction;'),
    ).toEqual([]);
  });

  it("pages and routes never import the database", async () => {
    expect(await boundaryErrors("app/(app)/planted/page.tsx", 'import { db } from "@/lib/db";\nvoid db;')).toHaveLength(1);
    expect(await boundaryErrors("app/api/v1/planted/route.ts", 'import { readDb } from "@/lib/db";\nvoid readDb;')).toHaveLength(1);
    expect(await boundaryErrors("app/(app)/planted/page.tsx", 'import { requireViewer } from "@/lib/server/viewer/get-viewer";\nvoid requireViewer;')).toEqual([]);
  });

  it("only the access policy reads a viewer's role", async () => {
    const check = 'import type { Viewer } from "@/lib/server/viewer/get-viewer";\nexport const isAdmin = (viewer: Viewer) => viewer.role === "ADMIN";';
    expect(await errorsOf("no-restricted-syntax", "lib/server/planted/planted-check.ts", check)).toHaveLength(1);
    expect(await errorsOf("no-restricted-syntax", "app/(app)/planted/page.tsx", check)).toHaveLength(1);
    expect(await errorsOf("no-restricted-syntax", "components/planted/planted.tsx", check)).toHaveLength(1);
    expect(await errorsOf("no-restricted-syntax", "lib/access/policy.ts", check)).toEqual([]);
  });
});
