// The floor an import is measured against: PostgreSQL's own load of the same rows — COPY of
// ready-made text into a temporary staging table, then one INSERT … SELECT … ON CONFLICT into the
// real table — in a transaction that is rolled back, so the import that follows meets the same
// table. Best of `runs`, so the ratio to it errs on the strict side. The embedded database cannot
// take COPY (STACK.md): there the floor is the same upsert from one unnest of the same rows.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copySupported } from "@/lib/bulk/copy-staging";

export interface FloorRows {
  /** "name type" per staging column. */
  columns: readonly string[];
  /** Rows in COPY text format, one per line, tab-separated. */
  copyText: string;
  /** A statement run in the transaction before the clock starts (rows the upsert refers to). */
  before?: string;
  /** INSERT … SELECT … FROM staging ON CONFLICT …, with `staging` as the source's name. */
  upsert: string;
}

export async function copyFloor(pool: pg.Pool, rows: FloorRows, runs = 2): Promise<{ ms: number; method: string }> {
  const copy = await copySupported(pool);
  // Prepared before the clock starts: the floor times the database, not the preparation.
  const fields = copy ? [] : rows.copyText.split("\n").filter((line) => line !== "").map((line) => line.split("\t"));
  const columns = rows.columns.map((_, index) => fields.map((row) => (row[index] === "\\N" ? null : row[index])));
  const timings: number[] = [];
  for (let run = 0; run < runs; run++) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      if (rows.before) await client.query(rows.before);
      const started = performance.now();
      await client.query(`CREATE TEMP TABLE staging (${rows.columns.join(", ")}) ON COMMIT DROP`);
      if (copy) {
        await pipeline(Readable.from([rows.copyText]), client.query(copyFrom("COPY staging FROM STDIN")));
      } else {
        await client.query(`INSERT INTO staging SELECT * FROM unnest(${rows.columns.map((column, index) => `$${index + 1}::${column.split(" ")[1]}[]`).join(", ")})`, columns);
      }
      await client.query(rows.upsert);
      timings.push(performance.now() - started);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  }
  return { ms: Math.min(...timings), method: copy ? "COPY into a temp staging table + one upsert" : "unnest into a temp staging table + one upsert (embedded: no COPY)" };
}

/** PASS when `ms` is within `ratio` × the floor and under `limitMs`, else MISS. */
export function verdict(ms: number, floorMs: number, ratio: number, limitMs: number): string {
  return ms <= ratio * floorMs && ms <= limitMs ? "PASS" : "MISS";
}
