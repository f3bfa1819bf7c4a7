// Deal amounts as CRMs export them: "$12,500.00", "12.500,00 €", "EUR 1 200", "1'250.5".
// The last separator followed by other than exactly three digits is the decimal mark; a single
// separator followed by exactly three digits groups thousands ("1,250" and "1.250" are 1250).
import { displayValue } from "../error-list";
import { parseAmountMinor, type ParsedQuantity } from "../quantities";

// What may stand around the number: a currency symbol and/or a code ("US$", "EUR", "kr").
const CURRENCY = /^(?:[A-Za-z]{0,3}\p{Sc}?|\p{Sc}[A-Za-z]{0,3})$/u;
const GROUPING_SPACES = /[\s\u00a0\u202f']/g;
const DIGITS_AND_MARKS = /^\d[\d.,]*$/;

// The shape most exports write ("12500.00", "$12,500.00"): digits, thousands in threes after a
// comma, at most two decimals. Read directly; everything else takes the general path below, which
// gives these the same value.
const PLAIN_AMOUNT = /^\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;

const notAnAmount = (text: string): ParsedQuantity => ({ ok: false, message: `amount '${displayValue(text)}' is not an amount; write it like 12500.00 or $12,500.00` });

/** Integer minor units; an empty cell is 0 (open deals are often exported without an amount). */
export function parseDealAmount(value: string, minorDigits: number): ParsedQuantity {
  const text = value.trim();
  if (text === "") return { ok: true, value: 0 };
  if (PLAIN_AMOUNT.test(text)) {
    const plain = parseAmountMinor(text.replace(/[$,]/g, ""), minorDigits);
    if (plain.ok) return plain;
  }
  const firstDigit = text.search(/\d/);
  if (firstDigit < 0) return notAnAmount(text);
  let lastDigit = text.length - 1;
  while (lastDigit > firstDigit && !/\d/.test(text.charAt(lastDigit))) lastDigit--;
  const prefix = text.slice(0, firstDigit);
  const suffix = text.slice(lastDigit + 1);
  if (prefix.includes("-") || (prefix.includes("(") && suffix.includes(")")) || suffix.trim() === "-") {
    return { ok: false, message: `amount '${displayValue(text)}' is negative` };
  }
  if (!CURRENCY.test(prefix.replace(/[\s+]/g, "")) || !CURRENCY.test(suffix.replace(/\s/g, ""))) return notAnAmount(text);
  const body = text.slice(firstDigit, lastDigit + 1).replace(GROUPING_SPACES, "");
  if (!DIGITS_AND_MARKS.test(body)) return notAnAmount(text);

  const lastComma = body.lastIndexOf(",");
  const lastDot = body.lastIndexOf(".");
  let decimalMark: "," | "." | null = null;
  if (lastComma >= 0 && lastDot >= 0) decimalMark = lastComma > lastDot ? "," : ".";
  else if (lastComma >= 0 || lastDot >= 0) {
    const mark = lastComma >= 0 ? "," : ".";
    const occurrences = body.split(mark).length - 1;
    const after = body.length - body.lastIndexOf(mark) - 1;
    const whole = body.slice(0, body.indexOf(mark));
    decimalMark = occurrences === 1 && (after !== 3 || whole === "0") ? mark : null;
  }
  const grouping = decimalMark === "," ? "." : decimalMark === "." ? "," : null;
  let normalized = body;
  if (grouping) normalized = normalized.split(grouping).join("");
  if (decimalMark === null) normalized = normalized.replace(/[.,]/g, "");
  else if (decimalMark === ",") normalized = normalized.replace(",", ".");
  if ((normalized.match(/\./g) ?? []).length > 1) return notAnAmount(text);
  const parsed = parseAmountMinor(normalized, minorDigits);
  if (parsed.ok) return parsed;
  return { ok: false, message: parsed.message.replace(`'${displayValue(normalized)}'`, `'${displayValue(text)}'`) };
}
