import { describe, expect, it } from "vitest";
import { isOverdue } from "./commitments";

describe("isOverdue", () => {
  it("is an open commitment past its due day, not on it, and never a closed one", () => {
    expect(isOverdue({ status: "OPEN", dueOn: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isOverdue({ status: "OPEN", dueOn: "2026-03-02" }, "2026-03-02")).toBe(false);
    expect(isOverdue({ status: "DONE", dueOn: "2026-03-01" }, "2026-03-02")).toBe(false);
    expect(isOverdue({ status: "MISSED", dueOn: "2026-03-01" }, "2026-03-02")).toBe(false);
  });
});
