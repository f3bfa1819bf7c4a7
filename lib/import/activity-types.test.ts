import { describe, expect, it } from "vitest";
import { listActivityTypes } from "./activity-types";

describe("listActivityTypes", () => {
  const csv = ["Subject,Activity Type,Date", "a,Call,2026-01-05", "b, call ,2026-01-05", "c,Meeting,2026-01-05", "d,,2026-01-05", "e,Email,2026-01-06", "f,CALL,2026-01-06"].join("\n");

  it("counts each type once whatever its case, most frequent first, skipping empty cells", () => {
    expect(listActivityTypes(csv, "activity type")).toEqual({
      types: [
        { type: "Call", records: 3 },
        { type: "Email", records: 1 },
        { type: "Meeting", records: 1 },
      ],
      truncated: false,
    });
  });

  it("stops at the limit and says so", () => {
    expect(listActivityTypes(csv, "Activity Type", 1)).toEqual({ types: [{ type: "Call", records: 3 }], truncated: true });
  });

  it("finds nothing for a missing column or an unreadable file", () => {
    expect(listActivityTypes(csv, "Type")).toEqual({ types: [], truncated: false });
    expect(listActivityTypes("", "Activity Type")).toEqual({ types: [], truncated: false });
  });
});
