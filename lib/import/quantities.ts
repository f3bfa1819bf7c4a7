// Counts and money amounts in imported cells. Amounts become integer minor units by string
// arithmetic, never through a float (19.99 * 100 is 1998.9999999999998).
import { displayValue } from "./error-list";

export type ParsedQuantity = { ok: true; value: number } | { ok: false; message: string };

// A spreadsheet may write a whole number as "5.0".
const WHOLE_NUMBER = /^\+?(\d+)(?:\.0+)?$/;
const DECIMAL = /^\+?(\d+)(?:\.(\d+))?$/;
const NON_ZERO_DIGIT = /[1-9]/;
const SIGNED_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function tooLarge(noun: string, text: string): { ok: false; message: string } {
  return { ok: false, message: `${noun} '${displayValue(text)}' is too large` };
}

export function parseCount(value: string): ParsedQuantity {
  const text = value.trim();
  if (text === "") return { ok: false, message: "count is empty" };
  const whole = WHOLE_NUMBER.exec(text);
  if (whole) {
    const count = Number(whole[1]);
    return Number.isSafeInteger(count) ? { ok: true, value: count } : tooLarge("count", text);
  }
  if (SIGNED_NUMBER.test(text)) {
    if (text.startsWith("-")) return { ok: false, message: `count '${displayValue(text)}' is negative` };
    return { ok: false, message: `count '${displayValue(text)}' is not a whole number` };
  }
  return { ok: false, message: `count '${displayValue(text)}' is not a number` };
}

/** An amount in major units ("1234.5") as integer minor units (123450 with 2 minor digits). */
export function parseAmountMinor(value: string, minorDigits: number): ParsedQuantity {
  const text = value.trim();
  if (text === "") return { ok: false, message: "amount is empty" };
  const decimal = DECIMAL.exec(text);
  if (!decimal) {
    if (SIGNED_NUMBER.test(text) && text.startsWith("-")) return { ok: false, message: `amount '${displayValue(text)}' is negative` };
    return {
      ok: false,
      message: `amount '${displayValue(text)}' is not a number; write it like 1234.56 (digits, '.' for decimals, no currency symbol or thousands separator)`,
    };
  }
  const whole = decimal[1] ?? "0";
  const fraction = decimal[2] ?? "";
  const kept = fraction.slice(0, minorDigits);
  // Extra decimal places are accepted only as trailing zeros: anything else would be rounded money.
  if (NON_ZERO_DIGIT.test(fraction.slice(minorDigits))) {
    return { ok: false, message: `amount '${displayValue(text)}' has more than ${minorDigits} decimal places` };
  }
  const minor = Number(whole) * 10 ** minorDigits + Number(kept.padEnd(minorDigits, "0") || "0");
  return Number.isSafeInteger(minor) ? { ok: true, value: minor } : tooLarge("amount", text);
}
