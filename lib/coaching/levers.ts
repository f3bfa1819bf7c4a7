// The levers of revenue: revenue = top-of-funnel volume × each stage-to-stage ratio × deal size.
export interface FunnelStageDef {
  key: string;
  label: string;
}

export type LeverKind = "volume" | "ratio" | "deal_size";

export interface LeverDef {
  key: string;
  kind: LeverKind;
  label: string;
  from?: string;
  to?: string;
}

export const VOLUME = "volume";
export const DEAL_SIZE = "deal_size";

export function ratioKey(from: string, to: string): string {
  return `${from}_to_${to}`;
}

// The engine asks for the levers of the same funnel once per rep: remember them per stages array.
const leverCache = new WeakMap<readonly FunnelStageDef[], LeverDef[]>();

/** Volume, one ratio per consecutive pair of stages in funnel order, deal size (empty for no stages). */
export function leversFor(stages: readonly FunnelStageDef[]): LeverDef[] {
  // Copies: callers may change what they get without touching the cache.
  return sharedLevers(stages).map((lever) => ({ ...lever }));
}

/** The cached levers of a funnel, for the engine's own read-only use (no copy per rep). */
export function sharedLevers(stages: readonly FunnelStageDef[]): readonly Readonly<LeverDef>[] {
  let levers = leverCache.get(stages);
  if (!levers) {
    levers = buildLevers(stages);
    leverCache.set(stages, levers);
  }
  return levers;
}

function buildLevers(stages: readonly FunnelStageDef[]): LeverDef[] {
  const levers: LeverDef[] = [];
  const first = stages[0];
  if (!first) return levers;
  levers.push({ key: VOLUME, kind: "volume", label: `${first.label} per day` });
  for (let index = 0; index + 1 < stages.length; index++) {
    const from = stages[index];
    const to = stages[index + 1];
    if (from && to) levers.push({ key: ratioKey(from.key, to.key), kind: "ratio", label: `${to.label} / ${from.label.toLowerCase()}`, from: from.key, to: to.key });
  }
  levers.push({ key: DEAL_SIZE, kind: "deal_size", label: "Average deal size" });
  return levers;
}
