// One-on-one cadence: the one rule behind every screen that says a rep is (or is not) coached on
// cadence — the team dashboard, /one-on-ones, the weekly digest and the coaching scorecard.
import { daysBetween } from "./days";

export type Cadence = "WEEKLY" | "BIWEEKLY" | "MONTHLY";

/** Longest gap, in calendar days, that each cadence allows between two one-on-ones. */
export const CADENCE_DAYS: Record<Cadence, number> = { WEEKLY: 7, BIWEEKLY: 14, MONTHLY: 31 };

export interface CadenceStanding {
  cadence: Cadence;
  cadenceDays: number;
  /** Day of the last completed one-on-one (organization time zone), null if never. */
  lastOneOnOneOn: string | null;
  daysSinceLast: number | null;
  /** Longer than the cadence since the last one-on-one (or, never having had one, since joining the team). */
  pastCadence: boolean;
}

/**
 * Where a rep stands against their manager's cadence on `asOf`. A rep who has never had a
 * one-on-one is past cadence once they have been on the team for longer than the cadence.
 */
export function cadenceStanding(input: { cadence: Cadence; lastOneOnOneOn: string | null; onTeamFrom: string; asOf: string }): CadenceStanding {
  const cadenceDays = CADENCE_DAYS[input.cadence];
  // A meeting after `asOf` (a past date asked about) does not count for it.
  const last = input.lastOneOnOneOn !== null && input.lastOneOnOneOn <= input.asOf ? input.lastOneOnOneOn : null;
  const since = last ?? input.onTeamFrom;
  return {
    cadence: input.cadence,
    cadenceDays,
    lastOneOnOneOn: last,
    daysSinceLast: last === null ? null : daysBetween(last, input.asOf),
    pastCadence: daysBetween(since, input.asOf) > cadenceDays,
  };
}
