import { describe, expect, it } from "vitest";
import { formatCellValue, parseCellValue } from "./cell-format";

describe("grid cells", () => {
  it("show revenue in major units and read it back to the same minor units", () => {
    expect(formatCellValue(123_450, true, 2)).toBe("1234.50");
    expect(formatCellValue(2_400_000, true, 2)).toBe("24000");
    expect(formatCellValue(5, true, 0)).toBe("5");
    expect(parseCellValue("1234.50", true, 2)).toEqual({ ok: true, value: 123_450 });
    expect(parseCellValue(formatCellValue(1999, true, 2), true, 2)).toEqual({ ok: true, value: 1999 });
  });

  it("treat an empty cell as nothing logged and refuse what the server would refuse", () => {
    expect(formatCellValue(null, false, 2)).toBe("");
    expect(parseCellValue("  ", false, 2)).toEqual({ ok: true, value: null });
    expect(parseCellValue("-1", false, 2)).toEqual({ ok: false, message: "count '-1' is negative" });
    expect(parseCellValue("2.5", false, 2)).toEqual({ ok: false, message: "count '2.5' is not a whole number" });
  });
});
