// Coaching-time allocator: a manager's weekly coaching capacity split across their reps by what
// each rep's focus puts at stake (revenue lift × confidence), with a floor for reps new to the team.
// Pure: the team dashboard and its tests feed it the reps' focus priorities.
import type { Cadence } from "./cadence";

export interface CoachingTimeRep {
  repId: string;
  /** The focus's revenue at stake × its confidence (minor units); 0 when the rep has no focus. */
  stakeTimesConfidence: number;
  /** On the team for fewer than NEW_REP_DAYS: gets the floor whatever their numbers say. */
  isNew: boolean;
}

export interface CoachingTimeOptions {
  /** Minutes a new rep gets before anything is shared out by stake. */
  newRepFloorMinutes: number;
  /** One coaching session: what a rep with a focus needs in a week. */
  sessionMinutes: number;
  /** Minutes are handed out in steps of this size (a calendar does not book 7 minutes). */
  stepMinutes: number;
}

export const COACHING_TIME_DEFAULTS: CoachingTimeOptions = { newRepFloorMinutes: 30, sessionMinutes: 30, stepMinutes: 5 };

/** A rep is new on a team for this many days after joining it. */
export const NEW_REP_DAYS = 90;

export interface CoachingTimeAllocation {
  repId: string;
  minutes: number;
  /** The floor applied to this rep (0 for an established rep). */
  floorMinutes: number;
  /** How often to meet this rep if the week's minutes are spent in sessions of `sessionMinutes`. */
  suggestedCadence: Cadence;
}

export interface CoachingTimePlan {
  capacityMinutes: number;
  allocations: CoachingTimeAllocation[];
  /** A session for each rep with a focus, and at least the floor for each new rep. */
  neededMinutes: number;
  /** neededMinutes beyond the capacity (0 when it suffices). */
  shortfallMinutes: number;
  /** The capacity cannot even cover the new reps' floors: they share it, the others get none. */
  floorsUncovered: boolean;
}

/** The cadence a weekly share of minutes buys: a full session every week, every two weeks, or monthly. */
export function cadenceForMinutes(minutes: number, sessionMinutes: number): Cadence {
  if (minutes >= sessionMinutes) return "WEEKLY";
  if (minutes * 2 >= sessionMinutes && minutes > 0) return "BIWEEKLY";
  return "MONTHLY";
}

const weightOf = (rep: CoachingTimeRep) => (Number.isFinite(rep.stakeTimesConfidence) && rep.stakeTimesConfidence > 0 ? rep.stakeTimesConfidence : 0);

/**
 * Largest-remainder apportionment of `units` by weight. Ties in the remainder go to the larger
 * weight, then the earlier rep, so a rep's share never falls when its own weight rises.
 */
function apportion(units: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (units <= 0 || weights.length === 0) return weights.map(() => 0);
  // No stake anywhere: an even split.
  const shares = total > 0 ? weights.map((weight) => weight / total) : weights.map(() => 1 / weights.length);
  const quotas = shares.map((share) => share * units);
  const result = quotas.map((quota) => Math.floor(quota));
  let left = units - result.reduce((sum, value) => sum + value, 0);
  const order = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota), weight: weights[index] ?? 0 }))
    .sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.index - b.index);
  for (const entry of order) {
    if (left <= 0) break;
    result[entry.index] = (result[entry.index] ?? 0) + 1;
    left--;
  }
  return result;
}

/**
 * This week's minutes per rep. The capacity is used in whole steps (minutes beyond the last full
 * step stay unallocated; the settings form only takes multiples of the step). New reps get their
 * floor first; what is left is shared in proportion to stake × confidence (evenly when no rep has
 * a stake). When the capacity cannot cover the floors, the new reps share it and the plan says so.
 */
export function allocateCoachingTime(capacityMinutes: number, reps: readonly CoachingTimeRep[], options: CoachingTimeOptions = COACHING_TIME_DEFAULTS): CoachingTimePlan {
  const step = Math.max(1, Math.floor(options.stepMinutes));
  const capacity = Math.max(0, Math.floor(Number.isFinite(capacityMinutes) ? capacityMinutes : 0));
  const units = Math.floor(capacity / step);
  const floorUnits = Math.ceil(Math.max(0, options.newRepFloorMinutes) / step);
  const weights = reps.map(weightOf);
  const floors = reps.map((rep) => (rep.isNew ? floorUnits : 0));
  const floorTotal = floors.reduce((sum, value) => sum + value, 0);

  let unitsPerRep: number[];
  const floorsUncovered = units < floorTotal;
  if (floorsUncovered) {
    // Only the new reps, evenly; the larger stake breaks a tie.
    const newIndexes = reps.flatMap((rep, index) => (rep.isNew ? [index] : []));
    const tieBroken = apportionEvenByWeight(units, newIndexes.map((index) => weights[index] ?? 0));
    unitsPerRep = reps.map(() => 0);
    newIndexes.forEach((repIndex, position) => (unitsPerRep[repIndex] = tieBroken[position] ?? 0));
  } else {
    const byStake = apportion(units - floorTotal, weights);
    unitsPerRep = floors.map((floor, index) => floor + (byStake[index] ?? 0));
  }

  const neededMinutes = reps.reduce((sum, rep, index) => sum + (rep.isNew ? Math.max(floorUnits * step, options.sessionMinutes) : (weights[index] ?? 0) > 0 ? options.sessionMinutes : 0), 0);
  return {
    capacityMinutes: capacity,
    allocations: reps.map((rep, index) => {
      const minutes = (unitsPerRep[index] ?? 0) * step;
      return { repId: rep.repId, minutes, floorMinutes: (floors[index] ?? 0) * step, suggestedCadence: cadenceForMinutes(minutes, options.sessionMinutes) };
    }),
    neededMinutes,
    shortfallMinutes: Math.max(0, neededMinutes - capacity),
    floorsUncovered,
  };
}

/** An even split whose odd units go to the larger weights. */
function apportionEvenByWeight(units: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const base = Math.floor(units / weights.length);
  let extra = units - base * weights.length;
  const order = weights.map((weight, index) => ({ weight, index })).sort((a, b) => b.weight - a.weight || a.index - b.index);
  const result = weights.map(() => base);
  for (const entry of order) {
    if (extra <= 0) break;
    result[entry.index] = base + 1;
    extra--;
  }
  return result;
}
