import { describe, expect, it } from "vitest";
import { leverKeyMentionsStage, slugifyStageKey } from "@/lib/funnel/stage-keys";

describe("slugifyStageKey", () => {
  it("turns a label into lowercase words joined by underscores", () => {
    expect(slugifyStageKey("Meetings held", [])).toBe("meetings_held");
    expect(slugifyStageKey("  Démos / POCs!  ", [])).toBe("demos_pocs");
  });

  it("leaves out the word 'to' so ratio keys stay unambiguous", () => {
    expect(slugifyStageKey("Go to market", [])).toBe("go_market");
  });

  it("adds a number when the key is taken or reserved", () => {
    expect(slugifyStageKey("Dials", ["dials"])).toBe("dials_2");
    expect(slugifyStageKey("Dials", ["dials", "dials_2"])).toBe("dials_3");
    expect(slugifyStageKey("Revenue", [])).toBe("revenue_2");
  });

  it("gives a usable key for labels without letters", () => {
    expect(slugifyStageKey("!!!", [])).toBe("stage");
    expect(slugifyStageKey("2nd call", [])).toBe("stage_2nd_call");
    expect(slugifyStageKey("x".repeat(80), []).length).toBeLessThanOrEqual(40);
  });
});

describe("leverKeyMentionsStage", () => {
  it("matches ratios into and out of the stage only", () => {
    expect(leverKeyMentionsStage("meetings_to_opportunities", "meetings")).toBe(true);
    expect(leverKeyMentionsStage("conversations_to_meetings", "meetings")).toBe(true);
    expect(leverKeyMentionsStage("meetings_held_to_won", "meetings")).toBe(false);
    expect(leverKeyMentionsStage("volume", "dials")).toBe(false);
  });
});
