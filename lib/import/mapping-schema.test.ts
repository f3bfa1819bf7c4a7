import { describe, expect, it } from "vitest";
import { columnMappingSchema } from "./mapping-schema";

describe("columnMappingSchema", () => {
  it("accepts a renamed long mapping and trims names", () => {
    const parsed = columnMappingSchema.parse({ format: "long", columns: { repEmail: " Owner ", date: "When", stage: "Kind", count: "N" } });
    expect(parsed.columns.repEmail).toBe("Owner");
  });

  it("requires the columns each format needs, naming the field", () => {
    const long = columnMappingSchema.safeParse({ format: "long", columns: { repEmail: "a", date: "b", stage: "c" } });
    expect(long.error?.issues).toEqual([expect.objectContaining({ path: ["columns", "count"], message: "is required for the long format" })]);
    const records = columnMappingSchema.safeParse({ format: "records", columns: { repEmail: "a", date: "b" } });
    expect(records.error?.issues.map((issue) => issue.path)).toEqual([["columns", "activityType"]]);
  });

  it("rejects blank names, unknown keys and formats", () => {
    expect(columnMappingSchema.safeParse({ format: "long", columns: { repEmail: " ", date: "b", stage: "c", count: "d" } }).success).toBe(false);
    expect(columnMappingSchema.safeParse({ format: "long", columns: { repEmail: "a", date: "b", stage: "c", count: "d", extra: "e" } }).success).toBe(false);
    expect(columnMappingSchema.safeParse({ format: "tall", columns: { repEmail: "a", date: "b" } }).success).toBe(false);
  });

  it("rejects a type map that sends one activity type to two stages", () => {
    const result = columnMappingSchema.safeParse({
      format: "records",
      columns: { repEmail: "a", date: "b", activityType: "c" },
      typeMap: { Call: "dials", " call": "conversations", CALL: "Dials" },
    });
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.path).toEqual(["typeMap", "call"]);
  });
});
