import { describe, expect, it } from "vitest";
import { cadenceStanding } from "./cadence";

describe("cadenceStanding", () => {
  it("is on cadence up to the cadence's days since the last one-on-one, past it the day after", () => {
    const at = (asOf: string) => cadenceStanding({ cadence: "BIWEEKLY", lastOneOnOneOn: "2026-03-02", onTeamFrom: "2025-01-01", asOf });
    expect(at("2026-03-16")).toMatchObject({ pastCadence: false, daysSinceLast: 14, cadenceDays: 14 });
    expect(at("2026-03-17")).toMatchObject({ pastCadence: true, daysSinceLast: 15 });
  });

  it("measures a rep who never had one from the day they joined the team", () => {
    expect(cadenceStanding({ cadence: "WEEKLY", lastOneOnOneOn: null, onTeamFrom: "2026-03-01", asOf: "2026-03-08" }).pastCadence).toBe(false);
    expect(cadenceStanding({ cadence: "WEEKLY", lastOneOnOneOn: null, onTeamFrom: "2026-03-01", asOf: "2026-03-09" })).toMatchObject({ pastCadence: true, daysSinceLast: null });
  });

  it("ignores a one-on-one held after the day asked about", () => {
    const standing = cadenceStanding({ cadence: "MONTHLY", lastOneOnOneOn: "2026-05-01", onTeamFrom: "2026-01-01", asOf: "2026-04-01" });
    expect(standing).toMatchObject({ lastOneOnOneOn: null, pastCadence: true });
  });
});
