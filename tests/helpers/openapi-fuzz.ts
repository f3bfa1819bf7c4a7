// Requests generated from the OpenAPI document for the fuzzer (tests/integration/api-fuzz.test.ts):
// values the schemas allow, values they do not (wrong types, huge, negative and fractional numbers,
// control and unicode characters, extreme dates, missing and extra fields), known ids and emails of
// both organizations, and hostile query strings.
import fc from "fast-check";

export type JsonSchema = Record<string, unknown>;

export interface Pools {
  ids: string[];
  emails: string[];
  stages: string[];
  levers: string[];
}

export interface FuzzRequest {
  method: string;
  route: string;
  pathId: string | null;
  query: [string, string][];
  rawQuery: string;
  body: string | null;
  contentType: string | null;
  token: "own" | "other" | "none" | "garbage";
}

// NUL most often: PostgreSQL refuses it in text, so it is the one that used to break a write.
const controlCharacters = fc.oneof({ weight: 1, arbitrary: fc.constant("\u0000") }, { weight: 1, arbitrary: fc.constantFrom("\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u009f") });
export const hostileString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.tuple(fc.string({ maxLength: 8 }), controlCharacters, fc.string({ maxLength: 8 })).map(([before, control, after]) => before + control + after),
  fc.constantFrom("", " ", "\u202e", "\ud800", "\ufeff", "💥".repeat(70), "a".repeat(300), "x".repeat(70_000), "<script>alert(1)</script>", "'; DROP TABLE \"User\"; --", "../../etc/passwd", "__proto__", "constructor", "NaN", "Infinity", "-1", "1e309", "0x10", "null", "true", "[]", "{}"),
);
const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-1, 0, 0.5, 1.5, -0.000001, 1e17, 1e19, 1e21, 1e300, -1e300, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, 5e-324),
);
export const extremeDate = fc.constantFrom("0000-01-01", "0001-01-01", "0050-03-01", "1969-12-31", "1970-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "+275760-09-13", "-000001-01-01", "2026-02-30", "2026-13-01", "2026-1-5", "20260105", "2026-01-05T00:00:00Z");
export const extremePeriod = fc.constantFrom("9999-Q4", "9999-10", "9999-12", "0011-Q4", "0050-03", "1969-Q4", "1970-Q1", "2199-Q4", "2199-12", "2200-Q1", "2026-Q0", "2026-Q5", "2026-00", "2026-13", "2026-q1", " 2026-Q1 ", "2026-Q1\u0000");
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, hostileString, hostileNumber, fc.boolean(), fc.constant(null), extremeDate, fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(hostileString, tie("value"), { maxKeys: 3 })),
})).value;

const recentDate = fc.date({ min: new Date("2025-06-01T00:00:00Z"), max: new Date("2026-11-30T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const validPeriod = fc.tuple(fc.integer({ min: 2024, max: 2027 }), fc.oneof(fc.integer({ min: 1, max: 4 }).map((quarter) => `Q${quarter}`), fc.integer({ min: 1, max: 12 }).map((month) => String(month).padStart(2, "0")))).map(([year, part]) => `${year}-${part}`);

/** Mostly valid values for a field, by its name first (ids, emails, stages, dates …), else by its JSON Schema; `mutated` adds the wrong ones. */
export function arbitraryFor(schema: JsonSchema | undefined, name: string, pools: Pools, resolve: (schema: JsonSchema) => JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const node = resolve(schema ?? {});
  const byName = arbitraryForName(name, pools);
  const bySchema = arbitraryForSchema(node, pools, resolve, depth);
  return byName ? fc.oneof({ weight: 4, arbitrary: byName }, { weight: 1, arbitrary: bySchema }) : bySchema;
}

function arbitraryForName(name: string, pools: Pools): fc.Arbitrary<unknown> | null {
  if (/email/i.test(name)) return fc.oneof(fc.constantFrom(...pools.emails), fc.emailAddress());
  if (/^(id|teamId|repId)$/.test(name)) return fc.constantFrom(...pools.ids);
  if (name === "stage") return fc.constantFrom(...pools.stages, "revenue");
  if (name === "date" || name === "asOf" || name === "from" || name === "to") return fc.oneof({ weight: 3, arbitrary: recentDate }, { weight: 1, arbitrary: extremeDate });
  if (name === "period") return fc.oneof({ weight: 3, arbitrary: validPeriod }, { weight: 1, arbitrary: extremePeriod });
  if (name === "count" || name === "amount" || name === "organization") return fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000 }) }, { weight: 1, arbitrary: hostileNumber });
  if (name === "window") return fc.oneof(fc.integer({ min: 7, max: 365 }), fc.integer(), fc.double());
  return null;
}

function arbitraryForSchema(node: JsonSchema, pools: Pools, resolve: (schema: JsonSchema) => JsonSchema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const variants = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  if (variants?.length) return fc.oneof(...variants.map((variant) => arbitraryForSchema(resolve(variant), pools, resolve, depth + 1)));
  if (Array.isArray(node.enum)) return fc.constantFrom(...(node.enum as unknown[]));
  if ("const" in node) return fc.constant(node.const);
  const types = ([] as unknown[]).concat(node.type ?? []);
  if (types.length > 1) return fc.oneof(...types.map((type) => arbitraryForSchema({ ...node, type }, pools, resolve, depth + 1)));
  switch (types[0]) {
    case "string": {
      const minLength = Number(node.minLength ?? 0);
      const maxLength = Number(node.maxLength ?? 200);
      const valid =
        typeof node.pattern === "string"
          ? fc.stringMatching(new RegExp(node.pattern)).filter((value) => value.length >= minLength && value.length <= maxLength)
          : fc.string({ unit: "grapheme", minLength, maxLength: Math.max(minLength, Math.min(maxLength, 40)) });
      return valid;
    }
    case "integer":
      return fc.integer({ min: Math.max(Number(node.minimum ?? -1_000), -1_000_000), max: Math.min(Number(node.maximum ?? 1_000_000), 1_000_000) });
    case "number":
      return fc.double({ min: Math.max(Number(node.minimum ?? -1e6), -1e6), max: Math.min(Number(node.maximum ?? 1e6), 1e6), noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const items = resolve((node.items as JsonSchema | undefined) ?? {});
      return fc.array(arbitraryFor(items, "", pools, resolve, depth + 1), { minLength: Number(node.minItems ?? 0), maxLength: Math.min(Number(node.maxItems ?? 4), 4) });
    }
    case "object": {
      const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((node.required ?? []) as string[]);
      if (Object.keys(properties).length === 0 && node.additionalProperties && typeof node.additionalProperties === "object") {
        const keys = fc.oneof(fc.constantFrom(...pools.levers), fc.string({ maxLength: 10 }));
        return fc.dictionary(keys, arbitraryFor(node.additionalProperties as JsonSchema, "", pools, resolve, depth + 1), { maxKeys: 4 });
      }
      const record = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, arbitraryFor(child, key, pools, resolve, depth + 1)]));
      return fc.record(record, { requiredKeys: [...required].filter((key) => key in record) });
    }
    default:
      return hostileValue;
  }
}

const controlledString = fc.tuple(fc.string({ unit: "grapheme", maxLength: 10 }), controlCharacters, fc.string({ maxLength: 10 })).map(([before, control, after]) => before + control + after);
const badValue = fc.oneof({ weight: 2, arbitrary: controlledString }, { weight: 1, arbitrary: hostileNumber }, { weight: 1, arbitrary: extremeDate }, { weight: 2, arbitrary: hostileValue });

type Path = (string | number)[];
function pathsOf(value: unknown, path: Path = [], found: Path[] = []): Path[] {
  if (found.length > 60) return found;
  found.push(path);
  if (Array.isArray(value)) value.slice(0, 10).forEach((item, index) => pathsOf(item, [...path, index], found));
  else if (value && typeof value === "object") for (const key of Object.keys(value)) pathsOf((value as Record<string, unknown>)[key], [...path, key], found);
  return found;
}

/**
 * A valid value with one thing wrong, anywhere in it: a field or item dropped, replaced by something
 * hostile (NUL and other control characters, huge or fractional numbers, extreme dates, wrong types),
 * or an extra field added.
 */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.constantFrom("drop", "replace", "replace", "replace", "extra"), fc.nat(), badValue, hostileString).map(([value, how, index, bad, key]) => {
    const copy = structuredClone(value) as unknown;
    const paths = pathsOf(copy);
    const path = paths[index % paths.length]!;
    if (path.length === 0) return how === "extra" ? [copy] : bad;
    const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], copy) as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (how === "drop") {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (how === "replace") parent[last] = bad;
    else if (parent[last] && typeof parent[last] === "object" && !Array.isArray(parent[last])) (parent[last] as Record<string, unknown>)[key || "extra"] = bad;
    else parent[last] = bad;
    return copy;
  });
}

export const hostileRawQuery = fc.constantFrom("", "", "", "&window=1e309", "&window=-0", "&window=7.5", "&period=%00", "&asOf=9999-12-31", "&a[]=1&a[]=2", "&%00=%00", "&mapping=%E2%80%AE", "&period=9999-Q4&period=2026-Q1", "&window=99999999999999999999", "&preset=salesforce&mapping=x", "&asOf=0001-01-01", "&__proto__=1", "&%ZZ=%ZZ");

export function csvBody(pools: Pools): fc.Arbitrary<string> {
  const header = fc.constantFrom("repEmail,date,stage,count", "Rep Email,Date,Stage,Count", "email,date,dials,conversations,revenue", "", "\u0000,\u0000", "a,b,c");
  const cell = fc.oneof(fc.constantFrom(...pools.emails), fc.constantFrom(...pools.stages), recentDate, extremeDate, fc.integer({ min: -5, max: 100 }).map(String), hostileNumber.map(String), hostileString.map((value) => value.replace(/[\r\n]/g, " ")));
  const row = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.map((value) => (/[",]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(","));
  return fc.tuple(header, fc.array(row, { maxLength: 6 })).map(([head, rows]) => [head, ...rows].join("\n"));
}
