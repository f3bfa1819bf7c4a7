import { describe, expect, it } from "vitest";
import { leverChanges, valueChange } from "./snapshot-change";

describe("leverChanges", () => {
  const current = [
    { lever: "dials_to_conversations", actual: 0.08 },
    { lever: "volume", actual: 44 },
    { lever: "deal_size", actual: null },
  ];

  it("says first meeting for every lever when there was no earlier meeting", () => {
    expect([...leverChanges(current, null).values()]).toEqual([{ kind: "first_meeting" }, { kind: "first_meeting" }, { kind: "first_meeting" }]);
  });

  it("gives each lever's change from the previous snapshot, and no data where either side is missing", () => {
    const changes = leverChanges(current, [
      { lever: "dials_to_conversations", actual: 0.05 },
      { lever: "volume", actual: null },
      { lever: "deal_size", actual: 1_200_000 },
    ]);
    const opening = changes.get("dials_to_conversations");
    expect(opening?.kind).toBe("change");
    if (opening?.kind === "change") {
      expect(opening.previous).toBe(0.05);
      expect(opening.delta).toBeCloseTo(0.03, 10);
    }
    expect(changes.get("volume")).toEqual({ kind: "no_data" });
    expect(changes.get("deal_size")).toEqual({ kind: "no_data" });
  });

  it("a previous meeting that froze no numbers is no data, not a first meeting", () => {
    expect(leverChanges(current, []).get("volume")).toEqual({ kind: "no_data" });
  });

  it("a lever added since the last meeting has no data to compare", () => {
    expect(leverChanges([{ lever: "new_stage", actual: 0.3 }], [{ lever: "volume", actual: 40 }]).get("new_stage")).toEqual({ kind: "no_data" });
  });
});

describe("valueChange", () => {
  it("needs both sides", () => {
    expect(valueChange(0.9, 0.8)?.delta).toBeCloseTo(0.1, 10);
    expect(valueChange(null, 0.8)).toBeNull();
    expect(valueChange(0.9, null)).toBeNull();
    expect(valueChange(0.9, undefined)).toBeNull();
  });
});
