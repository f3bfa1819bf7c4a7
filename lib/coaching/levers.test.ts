import { describe, expect, it } from "vitest";
import { leversFor, ratioKey, sharedLevers } from "./levers";

const stages = [
  { key: "dials", label: "Dials" },
  { key: "meetings", label: "Meetings" },
  { key: "won", label: "Won" },
];

describe("leversFor", () => {
  it("lists volume, one ratio per consecutive pair in funnel order, then deal size", () => {
    expect(leversFor(stages)).toEqual([
      { key: "volume", kind: "volume", label: "Dials per day" },
      { key: "dials_to_meetings", kind: "ratio", label: "Meetings / dials", from: "dials", to: "meetings" },
      { key: "meetings_to_won", kind: "ratio", label: "Won / meetings", from: "meetings", to: "won" },
      { key: "deal_size", kind: "deal_size", label: "Average deal size" },
    ]);
  });

  it("has no ratios for one stage and no levers for none", () => {
    expect(leversFor([{ key: "won", label: "Won" }]).map((lever) => lever.key)).toEqual(["volume", "deal_size"]);
    expect(leversFor([])).toEqual([]);
  });

  it("hands out copies, so a caller cannot change the engine's cached levers", () => {
    const mine = leversFor(stages);
    if (mine[0]) mine[0].label = "changed";
    mine.pop();
    expect(leversFor(stages)).toHaveLength(4);
    expect(sharedLevers(stages)[0]?.label).toBe("Dials per day");
  });

  it("keys ratios from → to", () => {
    expect(ratioKey("proposals", "won")).toBe("proposals_to_won");
  });
});
