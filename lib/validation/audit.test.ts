import { describe, expect, it } from "vitest";
import { encodeAuditCursor, parseAuditLogFilters } from "@/lib/validation/audit";

describe("parseAuditLogFilters", () => {
  it("reads the filters and the cursor, treating empty values as 'any'", () => {
    const cursor = encodeAuditCursor({ createdAt: new Date("2026-03-01T10:00:00.000Z"), id: "clabc123" });
    const { filters, problems } = parseAuditLogFilters({ action: "user.deactivated", entityType: "", from: "2026-01-01", to: ["2026-02-01", "x"], cursor });
    expect(problems).toEqual([]);
    expect(filters).toEqual({ action: "user.deactivated", from: "2026-01-01", to: "2026-02-01", cursor: { createdAt: new Date("2026-03-01T10:00:00.000Z"), id: "clabc123" } });
  });

  it("reports and drops an invalid parameter, keeping the others", () => {
    const { filters, problems } = parseAuditLogFilters({ action: "user.created", from: "2026-02-30", cursor: "not-a-cursor", actor: "bad id!" });
    expect(filters).toEqual({ action: "user.created" });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^from: /), expect.stringMatching(/^cursor: /), expect.stringMatching(/^actor: /)]));
  });

  it("refuses a range that ends before it starts", () => {
    const { filters, problems } = parseAuditLogFilters({ from: "2026-03-01", to: "2026-02-01" });
    expect(filters).toEqual({ from: "2026-03-01" });
    expect(problems).toEqual(["to: must not be before the start date"]);
  });
});
