// Funnel stage keys: stable identifiers derived once from a label, and how a lever key names stages.

/** Keys other parts of Coachboard already use for something else. */
export const RESERVED_STAGE_KEYS: ReadonlySet<string> = new Set(["revenue", "volume", "deal_size"]);
export const MAX_STAGE_KEY_LENGTH = 40;

/**
 * A key from a label: lowercase ASCII words joined by "_", unique among the existing keys
 * ("Meetings held" → "meetings_held", a second one → "meetings_held_2"). The word "to" is left
 * out because ratio lever keys are "<from>_to_<to>" and must stay readable.
 */
export function slugifyStageKey(label: string, existingKeys: Iterable<string>): string {
  const taken = new Set(existingKeys);
  const words = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && word !== "to");
  let base = words.join("_").slice(0, MAX_STAGE_KEY_LENGTH).replace(/_+$/, "");
  if (!base || /^[0-9]/.test(base)) base = `stage${base ? `_${base}` : ""}`.slice(0, MAX_STAGE_KEY_LENGTH);
  if (!RESERVED_STAGE_KEYS.has(base) && !taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base.slice(0, MAX_STAGE_KEY_LENGTH - String(suffix).length - 1)}_${suffix}`;
    if (!RESERVED_STAGE_KEYS.has(candidate) && !taken.has(candidate)) return candidate;
  }
}

/** Whether a lever key (e.g. "meetings_to_opportunities") is a ratio into or out of the stage. */
export function leverKeyMentionsStage(leverKey: string, stageKey: string): boolean {
  return leverKey.startsWith(`${stageKey}_to_`) || leverKey.endsWith(`_to_${stageKey}`);
}
