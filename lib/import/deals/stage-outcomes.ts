// Which exported stages mean won, lost or still open. A saved mapping names them; otherwise the
// usual CRM spellings are guessed ("Closed Won", "closedwon", "Won" …) and anything else is open.
import type { DealOutcomeKey } from "./types";

export function stageKey(stage: string): string {
  return stage.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

const WON = new Set(["closedwon", "won", "dealwon", "closedwonpaid"]);
const LOST = new Set(["closedlost", "lost", "deallost", "closedlostdisqualified", "disqualified"]);

export function guessOutcome(stage: string): DealOutcomeKey {
  const key = stageKey(stage);
  if (WON.has(key)) return "won";
  if (LOST.has(key)) return "lost";
  return "open";
}

/** Stage outcomes keyed for lookup, so " closed won" and "Closed Won" are one entry. */
export function stageOutcomeLookup(outcomes: Record<string, DealOutcomeKey> | undefined): Map<string, DealOutcomeKey> {
  const lookup = new Map<string, DealOutcomeKey>();
  for (const [stage, outcome] of Object.entries(outcomes ?? {})) lookup.set(stageKey(stage), outcome);
  return lookup;
}
