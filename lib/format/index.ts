// The one presentation layer: every figure, day and time on screen goes through these, on the
// server or in the browser alike (pure functions of their arguments; no I/O, no React).
export { formatMoney, formatMoneyCompact } from "./money";
export { formatPercent, formatPointsChange, formatSignedPercent, formatNumber, formatCount, formatConfidence, CONFIDENCE_EXPLAINED } from "./number";
export { formatLeverValue, formatLeverComparison, formatLeverChange, type LeverKind, type LeverStatusKey } from "./lever";
export { formatDate, formatDateTime, formatTime } from "./time";
