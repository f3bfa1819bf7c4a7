import { describe, expect, it } from "vitest";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/server/http/errors";
import { readUploadedText } from "./read-upload";

function upload(body: string, contentLength: string | null) {
  const headers = new Headers({ "content-type": "text/csv" });
  if (contentLength !== null) headers.set("content-length", contentLength);
  return new Request("http://localhost/activity/import/upload", { method: "POST", body, headers });
}

describe("readUploadedText", () => {
  it("reads the whole file as UTF-8", async () => {
    const csv = "rep_email,date\nzoë@acme.test,2026-01-05\n";
    expect(await readUploadedText(upload(csv, String(Buffer.byteLength(csv))), 1024)).toBe(csv);
  });

  it("refuses a body that arrived cut short, so part of a file is never imported", async () => {
    await expect(readUploadedText(upload("rep_email,date\n", "10000"), 1_000_000)).rejects.toThrow(/Only 15 of 10,000 bytes/);
  });

  it("refuses a file over the limit before reading it, and a body without a length", async () => {
    await expect(readUploadedText(upload("x", String(60 * 1024 * 1024)), 50 * 1024 * 1024)).rejects.toBeInstanceOf(PayloadTooLargeError);
    await expect(readUploadedText(upload("x", null), 1024)).rejects.toBeInstanceOf(InvalidInputError);
  });
});
