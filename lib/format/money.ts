// Money arrives in integer minor units (cents); one formatter per shape so a figure reads the same
// on every screen: full ("$182,943") in tables of money, compact ("$183K") where space is short.
const DEFAULT_LOCALE = "en-US";

// Building an Intl.NumberFormat costs far more than using one: keep one per locale, currency and shape.
const formats = new Map<string, { format: Intl.NumberFormat; minorDigits: number }>();

function moneyFormat(currency: string, compact: number | false, locale: string): { format: Intl.NumberFormat; minorDigits: number } {
  const cacheKey = `${locale}|${currency}|${compact}`;
  let entry = formats.get(cacheKey);
  if (!entry) {
    let minorDigits = 2;
    let format: Intl.NumberFormat;
    const shape: Intl.NumberFormatOptions = compact ? { notation: "compact", maximumSignificantDigits: compact } : { maximumFractionDigits: 0 };
    try {
      minorDigits = new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
      format = new Intl.NumberFormat(locale, { style: "currency", currency, ...shape });
    } catch {
      // An unknown currency code or locale: still show a number rather than fail a page.
      format = new Intl.NumberFormat(DEFAULT_LOCALE, shape);
    }
    entry = { format, minorDigits };
    formats.set(cacheKey, entry);
  }
  return entry;
}

function format(amountMinor: number, currency: string, compact: number | false, locale: string): string {
  const { format, minorDigits } = moneyFormat(currency, compact, locale);
  return format.format(Number.isFinite(amountMinor) ? amountMinor / 10 ** minorDigits : 0);
}

/** Whole money from minor units: 18_294_300 cents → "$182,943". */
export function formatMoney(amountMinor: number, currency: string, locale = DEFAULT_LOCALE): string {
  return format(amountMinor, currency, false, locale);
}

/**
 * Compact money from minor units, three significant digits: 18_294_300 cents → "$183K". More
 * digits only where two figures must be told apart (a deal size beside its benchmark).
 */
export function formatMoneyCompact(amountMinor: number, currency: string, options: { locale?: string; significantDigits?: number } = {}): string {
  return format(amountMinor, currency, Math.min(21, Math.max(1, options.significantDigits ?? 3)), options.locale ?? DEFAULT_LOCALE);
}
