import { crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { createZip } from "@/lib/export/zip";

const text = (value: string) => new TextEncoder().encode(value);
/** CRC-32 (IEEE 802.3), as ZIP stores it: Node's own, independent of the writer. */
const crc32 = (bytes: Uint8Array) => zlibCrc32(bytes) >>> 0;

/** Reads an archive back through its central directory, checking every CRC on the way. */
function readZip(archive: Uint8Array) {
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const endAt = archive.length - 22;
  expect(view.getUint32(endAt, true)).toBe(0x06054b50);
  const count = view.getUint16(endAt + 10, true);
  let at = view.getUint32(endAt + 16, true);
  const files: { name: string; content: string; crc: number }[] = [];
  for (let index = 0; index < count; index++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const localAt = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(archive.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(localAt, true)).toBe(0x04034b50);
    expect(view.getUint32(localAt + 14, true)).toBe(crc);
    const dataAt = localAt + 30 + view.getUint16(localAt + 26, true) + view.getUint16(localAt + 28, true);
    const data = archive.subarray(dataAt, dataAt + size);
    expect(crc32(data)).toBe(crc);
    files.push({ name, content: new TextDecoder().decode(data), crc });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return files;
}

describe("createZip", () => {
  it("stores files that read back byte for byte, with their CRCs", () => {
    const archive = createZip([
      { name: "users.csv", data: text("id,name\r\nu1,Zoë\r\n") },
      { name: "empty.csv", data: text("") },
      { name: "données/équipes.csv", data: text("x") },
    ]);
    expect(readZip(archive)).toEqual([
      { name: "users.csv", content: "id,name\r\nu1,Zoë\r\n", crc: crc32(text("id,name\r\nu1,Zoë\r\n")) },
      { name: "empty.csv", content: "", crc: 0 },
      { name: "données/équipes.csv", content: "x", crc: crc32(text("x")) },
    ]);
  });

  it("writes an empty archive as just the end record", () => {
    expect(createZip([])).toHaveLength(22);
  });
});
