// Speed check for the import parser (not a test: timings on shared CI machines are noise).
// Run: npx tsx scripts/bench-parse-activity-csv.ts — the target is 100,000 long rows well under 3 s.
import { parseActivityCsv } from "@/lib/import/parse-activity-csv";
import { IMPORT_PRESETS } from "@/lib/import/presets";
import { dayKey } from "@/lib/calendar/days";

const STAGES = ["dials", "conversations", "meetings", "opportunities", "proposals", "won"];
const ROWS = 100_000;
const REP_COUNT = 200;

const reps = new Map(Array.from({ length: REP_COUNT }, (_, index) => [`rep${index}@acme.test`, { id: `rep-${index}`, active: true }]));
const days = Array.from({ length: 100 }, (_, index) => dayKey(new Date(Date.UTC(2025, 0, 1) + index * 86_400_000)));
const lines = ["rep_email,date,stage,count"];
for (let index = 0; index < ROWS; index++) {
  const stage = [...STAGES, "revenue"][index % 7] ?? "dials";
  const rep = Math.floor(index / 7) % REP_COUNT;
  const day = days[Math.floor(index / (7 * REP_COUNT))] ?? "2025-01-01";
  lines.push(`rep${rep}@acme.test,${day},${stage},${stage === "revenue" ? "1234.56" : String(index % 90)}`);
}
const text = lines.join("\r\n");
const context = { stages: STAGES, reps, today: "2026-03-20", dateStyle: "auto" as const };

for (let run = 1; run <= 3; run++) {
  const started = performance.now();
  const result = parseActivityCsv(text, IMPORT_PRESETS.coachboard_long(STAGES), context);
  const elapsed = performance.now() - started;
  console.log(
    `run ${run}: ${ROWS.toLocaleString("en-US")} rows (${(text.length / 1e6).toFixed(1)} MB) in ${elapsed.toFixed(0)} ms, ok=${result.ok}, rows=${result.rows.length}, errors=${result.errors.length}`,
  );
}
