import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeDealExport, type ExportedDeal, type ExportShape } from "@/tests/helpers/deal-export";
import { parseDealsCsv } from "./parse-deals-csv";
import { DEAL_PRESETS, guessDealPreset } from "./presets";
import type { DealImportContext } from "./types";

const PEOPLE = [
  { id: "u-moses", name: "Moses Frase", email: "moses@acme.test" },
  { id: "u-jose", name: "José García", email: "jose@acme.test" },
  { id: "u-ana", name: "Ana Lima", email: "ana@acme.test" },
];
const CONTEXT: DealImportContext = { people: PEOPLE, aliases: new Map([["m. frase", "u-moses"]]), today: "2026-06-30" };

function deal(overrides: Partial<ExportedDeal> = {}): ExportedDeal {
  return { id: "006A", owner: "Moses Frase", stage: "Closed Won", amountMinor: 1_250_000, createdOn: "2026-01-05", closeDate: "2026-03-04", account: "Initech", ...overrides };
}

describe("parseDealsCsv", () => {
  it("reads a Salesforce opportunity report and a HubSpot deals export alike", () => {
    const deals = [deal(), deal({ id: "006B", owner: "jose garcia", stage: "Closed Lost", lostReason: "Price", amountMinor: 99 }), deal({ id: "006C", owner: "M. Frase", stage: "Negotiation", closeDate: null, createdOn: null })];
    for (const shape of ["salesforce", "hubspot"] as const) {
      const csv = writeDealExport(deals, shape);
      const header = csv.split("\r\n")[0]?.split(",") ?? [];
      expect(guessDealPreset(header)).toBe(shape);
      const result = parseDealsCsv(csv, DEAL_PRESETS[shape], CONTEXT);
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
      expect(result.deals.map((row) => [row.externalId, row.ownerId, row.outcome, row.amountMinor, row.createdOn, row.closeDate])).toEqual([
        ["006A", "u-moses", "won", 1_250_000, "2026-01-05", "2026-03-04"],
        ["006B", "u-jose", "lost", 99, "2026-01-05", "2026-03-04"],
        ["006C", "u-moses", "open", 1_250_000, null, null],
      ]);
      expect(result.stages).toEqual([
        { stage: "Closed Lost", count: 1, outcome: "lost", guessed: true },
        { stage: "Closed Won", count: 1, outcome: "won", guessed: true },
        { stage: "Negotiation", count: 1, outcome: "open", guessed: true },
      ]);
    }
  });

  it("lists each unknown owner once with its row count and writes nothing", () => {
    const csv = writeDealExport([deal(), deal({ id: "2", owner: "Pat Doe" }), deal({ id: "3", owner: "pat  DOE" }), deal({ id: "4", owner: "Kim" })], "salesforce");
    const result = parseDealsCsv(csv, DEAL_PRESETS.salesforce, CONTEXT);
    expect(result.ok).toBe(false);
    expect(result.deals).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.unknownOwners).toEqual([
      { name: "Pat Doe", key: "pat doe", rows: 2, firstRow: 3 },
      { name: "Kim", key: "kim", rows: 1, firstRow: 5 },
    ]);
  });

  it("uses the mapping's stage outcomes before the guesses", () => {
    const csv = writeDealExport([deal({ stage: "Signed" }), deal({ id: "2", stage: "Closed Won" })], "hubspot");
    const result = parseDealsCsv(csv, { ...DEAL_PRESETS.hubspot, stageOutcomes: { signed: "won", "Closed Won": "open" } }, CONTEXT);
    expect(result.deals.map((row) => row.outcome)).toEqual(["won", "open"]);
    expect(result.stages.every((stage) => !stage.guessed)).toBe(true);
  });

  it("names the row and column of every problem", () => {
    const csv = writeDealExport(
      [
        deal({ id: "" }),
        deal({ id: "X", closeDate: null }),
        deal({ id: "Y", createdOn: "2026-05-01", closeDate: "2026-04-01" }),
        deal({ id: "Y" }),
        deal({ id: "Z", closeDate: "2026-07-15" }),
      ],
      "salesforce",
    );
    const result = parseDealsCsv(csv, DEAL_PRESETS.salesforce, CONTEXT);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      { row: 2, column: "Opportunity ID", message: "deal id is empty" },
      { row: 3, column: "Close Date", message: "a won deal needs a close date" },
      { row: 4, column: "Close Date", message: "close date 2026-04-01 is before the created date 2026-05-01" },
      { row: 5, column: null, message: "rows 4 and 5 are both deal 'Y'; keep one of them" },
      { row: 6, column: "Close Date", message: "close date 2026-07-15 of a won deal is in the future (today is 2026-06-30)" },
    ]);
  });

  it("refuses control characters in the text it stores, naming the column", () => {
    const csv = writeDealExport([deal({ id: "A\u0000B" }), deal({ id: "C", account: "Init\u0000ech" })], "salesforce");
    const result = parseDealsCsv(csv, DEAL_PRESETS.salesforce, CONTEXT);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      { row: 2, column: "Opportunity ID", message: "deal id holds a control character (such as NUL); remove it from the file" },
      { row: 3, column: "Account Name", message: "account holds a control character (such as NUL); remove it from the file" },
    ]);
  });

  it("reports a missing required column against the header", () => {
    const result = parseDealsCsv("Opportunity ID,Stage,Amount\r\n1,Won,5\r\n", DEAL_PRESETS.salesforce, CONTEXT);
    expect(result.errors).toEqual([{ row: 1, column: null, message: "missing the owner column 'Opportunity Owner' (the header has: Opportunity ID, Stage, Amount)" }]);
  });

  it("reads day-first dates when the mapping says so", () => {
    const csv = "Record ID,Deal Owner,Deal Stage,Amount,Create Date,Close Date\n1,Ana Lima,Won,\"1.500,00\",3/4/2026,10/4/2026\n";
    const result = parseDealsCsv(csv, { ...DEAL_PRESETS.hubspot, dateOrder: "DMY" }, CONTEXT);
    expect(result.deals[0]).toMatchObject({ createdOn: "2026-04-03", closeDate: "2026-04-10", amountMinor: 150_000 });
  });
});

const DAY0 = Date.UTC(2020, 0, 1);
const dayArb = fc.integer({ min: 0, max: 2_000 }).map((offset) => new Date(DAY0 + offset * 86_400_000).toISOString().slice(0, 10));
const ownerSpelling = fc.tuple(fc.constantFrom(...PEOPLE), fc.constantFrom("name", "upper", "spaced", "email", "accentless"));
const dealArb = fc
  .record({
    owner: ownerSpelling,
    outcome: fc.constantFrom("won", "lost", "open"),
    amountMinor: fc.integer({ min: 0, max: 10_000_000_000 }),
    created: dayArb,
    cycle: fc.integer({ min: 0, max: 300 }),
    hasCreated: fc.boolean(),
  })
  .map(({ owner: [person, spelling], outcome, amountMinor, created, cycle, hasCreated }) => {
    const close = new Date(Date.parse(`${created}T00:00:00Z`) + cycle * 86_400_000).toISOString().slice(0, 10);
    const name =
      spelling === "email" ? person.email : spelling === "upper" ? person.name.toUpperCase() : spelling === "spaced" ? ` ${person.name.replace(" ", "   ")} ` : spelling === "accentless" ? person.name.normalize("NFKD").replace(/\p{M}/gu, "") : person.name;
    const stage = outcome === "won" ? "Closed Won" : outcome === "lost" ? "Closed Lost" : "Proposal/Price Quote";
    const createdOn = outcome === "open" && !hasCreated ? null : created;
    return { person, name, outcome, amountMinor, createdOn, closeDate: outcome === "open" && !hasCreated ? null : close, stage };
  });

describe("parseDealsCsv, properties", () => {
  it("reads back every deal written in either export's shape", () => {
    fc.assert(
      fc.property(fc.array(dealArb, { minLength: 1, maxLength: 40 }), fc.constantFrom<ExportShape>("salesforce", "hubspot"), (generated, shape) => {
        const exported = generated.map((entry, index) => ({ id: `D-${index}`, owner: entry.name, stage: entry.stage, amountMinor: entry.amountMinor, createdOn: entry.createdOn, closeDate: entry.closeDate }));
        const result = parseDealsCsv(writeDealExport(exported, shape), DEAL_PRESETS[shape], { ...CONTEXT, today: "2030-01-01" });
        expect(result.errors).toEqual([]);
        expect(result.deals).toHaveLength(generated.length);
        result.deals.forEach((row, index) => {
          const entry = generated[index];
          expect(row).toMatchObject({ externalId: `D-${index}`, ownerId: entry?.person.id, outcome: entry?.outcome, amountMinor: entry?.amountMinor, createdOn: entry?.createdOn, closeDate: entry?.closeDate });
        });
        const counted = result.stages.reduce((sum, stage) => sum + stage.count, 0);
        expect(counted).toBe(generated.length);
      }),
      { numRuns: 150 },
    );
  });

  it("never throws and never writes from a file with a bad row", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseDealsCsv(`Opportunity ID,Opportunity Owner,Stage,Amount,Created Date,Close Date\n${text}`, DEAL_PRESETS.salesforce, CONTEXT);
        if (!result.ok) expect(result.deals).toEqual([]);
        for (const error of result.errors) expect(error.row).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
