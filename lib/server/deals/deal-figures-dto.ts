import "server-only";
import type { DealFigures } from "@/lib/coaching/deal-figures";
import { fromMinorUnits } from "@/lib/money";

/** The API's figures: exactly these field names, money in major units. */
export function dealFiguresDto(figures: DealFigures, currency: string) {
  const money = (minor: number) => fromMinorUnits(Math.round(minor), currency);
  return {
    opened: figures.opened,
    won: figures.won,
    lost: figures.lost,
    open: figures.open,
    winRate: figures.winRate,
    revenue: money(figures.revenueMinor),
    averageDealSize: figures.averageDealSizeMinor === null ? null : money(figures.averageDealSizeMinor),
    medianCycleDays: figures.medianCycleDays,
  };
}
