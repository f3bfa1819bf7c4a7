import { zipSync } from "fflate";

// An export's CSV files in one ZIP, written by fflate. Stored, not deflated: the files are small
// and a download should open in anything; names are UTF-8.

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** The archive of the given files, uncompressed, each stamped with `modified`. */
export function createZip(entries: readonly ZipEntry[], modified = new Date()): Uint8Array {
  if (entries.length > 0xffff) throw new Error("A ZIP without ZIP64 holds at most 65,535 files");
  return zipSync(Object.fromEntries(entries.map((entry) => [entry.name, entry.data])), { level: 0, mtime: modified });
}
