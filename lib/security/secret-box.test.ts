import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, parseSecretKey, sealSecret } from "./secret-box";

const key = randomBytes(32);

describe("secret box", () => {
  it("opens what it sealed, and each seal differs (a fresh IV every time)", () => {
    const sealed = sealSecret(key, "client-secret-123", "org_1");
    expect(sealed).not.toContain("client-secret-123");
    expect(sealSecret(key, "client-secret-123", "org_1")).not.toBe(sealed);
    expect(openSecret(key, sealed, "org_1")).toBe("client-secret-123");
  });

  it("does not open under another key, for another owner, or once altered", () => {
    const sealed = sealSecret(key, "client-secret-123", "org_1");
    expect(openSecret(randomBytes(32), sealed, "org_1")).toBeNull();
    expect(openSecret(key, sealed, "org_2")).toBeNull();
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3] ?? "", "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(openSecret(key, [parts[0], parts[1], parts[2], flipped.toString("base64url")].join("."), "org_1")).toBeNull();
    expect(openSecret(key, "not sealed", "org_1")).toBeNull();
  });

  it("reads a 32-byte key written in hex or base64, and refuses any other length", () => {
    expect(parseSecretKey(key.toString("hex"))?.equals(key)).toBe(true);
    expect(parseSecretKey(key.toString("base64"))?.equals(key)).toBe(true);
    expect(parseSecretKey("too-short")).toBeNull();
  });
});
