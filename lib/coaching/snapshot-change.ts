// What moved since the last one-on-one: each lever of this meeting's frozen numbers against the
// same lever in the previous meeting's.

export type LeverChange =
  /** No earlier meeting with this person: nothing to compare with. */
  | { kind: "first_meeting" }
  /** An earlier meeting exists, but one side has no value for this lever (no data, or no numbers were frozen). */
  | { kind: "no_data" }
  | { kind: "change"; previous: number; current: number; delta: number };

export interface SnapshotLeverValue {
  lever: string;
  actual: number | null;
}

/**
 * One change per current lever. `previous` is null when there was no earlier meeting, and an
 * empty list when the earlier meeting froze no numbers.
 */
export function leverChanges(current: readonly SnapshotLeverValue[], previous: readonly SnapshotLeverValue[] | null): Map<string, LeverChange> {
  const before = new Map((previous ?? []).map((lever) => [lever.lever, lever.actual]));
  const changes = new Map<string, LeverChange>();
  for (const lever of current) {
    if (previous === null) {
      changes.set(lever.lever, { kind: "first_meeting" });
      continue;
    }
    const was = before.get(lever.lever);
    if (lever.actual === null || was === null || was === undefined || !Number.isFinite(lever.actual) || !Number.isFinite(was)) changes.set(lever.lever, { kind: "no_data" });
    else changes.set(lever.lever, { kind: "change", previous: was, current: lever.actual, delta: lever.actual - was });
  }
  return changes;
}

/** The same for a single figure (attainment, revenue): null when either side is missing. */
export function valueChange(current: number | null, previous: number | null | undefined): { previous: number; delta: number } | null {
  if (current === null || previous === null || previous === undefined || !Number.isFinite(current) || !Number.isFinite(previous)) return null;
  return { previous, delta: current - previous };
}
