// The loader hands the data checks a bitmap of logged days per 31-day stretch and the day-by-day
// counts only where a later stage outnumbers the earlier (decision 0034). Whatever the log, the
// findings must be those of the engine run on the raw rows read back day by day.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays } from "@/lib/calendar/days";
import { checkDataQuality, type DailyStageCounts } from "@/lib/coaching/data-quality";
import { loadStageTotals } from "@/lib/server/coaching/load-stage-totals";
import { loadOrganizationCoachingSettings } from "@/lib/server/coaching/load-organization-coaching-settings";
import { createOrganization, createUser } from "../helpers/factories";

let organizationId: string;
let repId: string;
let stages: { key: string; label: string }[];
const WINDOWS = [
  { from: "2026-08-03", to: "2026-10-31" },
  // Longer than three stretches, starting mid-week.
  { from: "2026-05-13", to: "2026-10-31" },
];

beforeAll(async () => {
  const organization = await createOrganization();
  organizationId = organization.id;
  repId = (await createUser(organizationId, "REP")).id;
  stages = (await loadOrganizationCoachingSettings(organizationId)).stages;
});

/** A log of up to 180 days: steady stretches, gaps, stops and later stages above earlier ones. */
const activityLog = fc.array(
  fc.record({ offset: fc.integer({ min: 0, max: 179 }), stage: fc.integer({ min: 0, max: 5 }), value: fc.integer({ min: 0, max: 60 }) }),
  { minLength: 0, maxLength: 400 },
);

describe("the data checks' log as loaded from PostgreSQL", () => {
  it("finds exactly what the engine finds on the raw rows", async () => {
    await fc.assert(
      fc.asyncProperty(activityLog, fc.constantFrom(...WINDOWS), async (entries, window) => {
        const rows = new Map<string, { day: string; stage: string; value: number }>();
        for (const entry of entries) {
          const stage = stages[entry.stage % stages.length]?.key ?? "dials";
          const day = addDays("2026-05-01", entry.offset);
          rows.set(`${day}|${stage}`, { day, stage, value: entry.value });
        }
        await db.activity.deleteMany({ where: { organizationId, repId } });
        await db.activity.createMany({ data: [...rows.values()].map((row) => ({ organizationId, repId, day: new Date(`${row.day}T00:00:00Z`), stage: row.stage, value: BigInt(row.value) })) });

        const loaded = (await loadStageTotals(organizationId, [repId], window)).get(repId);
        const raw: Record<string, Record<string, number>> = {};
        for (const row of rows.values()) {
          if (row.day < window.from || row.day > window.to) continue;
          // The old log's shape: every stage with a row in the window, its positive days only.
          const days = (raw[row.stage] ??= {});
          if (row.value > 0) days[row.day] = row.value;
        }
        expect(loaded?.daily).toBeDefined();
        expect(checkDataQuality({ stages, daily: loaded!.daily!, window })).toEqual(checkDataQuality({ stages, daily: raw as DailyStageCounts, window }));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
