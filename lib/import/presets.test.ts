import { describe, expect, it } from "vitest";
import { columnMappingSchema } from "./mapping-schema";
import { guessPreset, IMPORT_PRESETS } from "./presets";

const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"];

describe("import presets", () => {
  it("are valid column mappings", () => {
    for (const preset of Object.values(IMPORT_PRESETS)) expect(columnMappingSchema.safeParse(preset(STAGES)).success).toBe(true);
  });

  it("give the wide format one column per funnel stage plus revenue", () => {
    expect(IMPORT_PRESETS.coachboard_wide(["calls", "demos"]).columns).toEqual({
      repEmail: "rep_email",
      date: "date",
      stageColumns: { calls: "calls", demos: "demos" },
      revenue: "revenue",
    });
  });

  it("map CRM activity types only onto stages the organization has", () => {
    expect(IMPORT_PRESETS.salesforce(STAGES).typeMap).toMatchObject({ Call: "dials", "Connected Call": "conversations", Meeting: "meetings", Email: "ignore" });
    const typeMap = IMPORT_PRESETS.hubspot(["dials", "meetings"]).typeMap ?? {};
    expect(typeMap).toMatchObject({ CALL: "dials", MEETING: "meetings", NOTE: "ignore" });
    expect(Object.values(typeMap).every((target) => ["dials", "meetings", "ignore"].includes(target))).toBe(true);
  });
});

describe("guessPreset", () => {
  it("recognizes each preset's header, ignoring case and spaces", () => {
    expect(guessPreset(["Subject", " assigned to email ", "DATE", "Activity Type"], STAGES)).toBe("salesforce");
    expect(guessPreset(["Activity date", "Activity type", "Activity owner email", "Notes"], STAGES)).toBe("hubspot");
    expect(guessPreset(["rep_email", "date", "stage", "count"], STAGES)).toBe("coachboard_long");
    // The API's own field names, as a script exporting from it would write them.
    expect(guessPreset(["repEmail", "date", "stage", "count"], STAGES)).toBe("coachboard_long");
    expect(guessPreset(["Rep Email", "Date", "Dials", "Revenue"], STAGES)).toBe("coachboard_wide");
    expect(guessPreset(["rep_email", "date", "Dials", "revenue"], STAGES)).toBe("coachboard_wide");
  });

  it("returns null for an unknown header", () => {
    expect(guessPreset(["email", "when", "what"], STAGES)).toBeNull();
    expect(guessPreset(["rep_email", "date", "notes"], STAGES)).toBeNull();
  });
});
