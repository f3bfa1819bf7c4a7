// Deal owners arrive as a CRM user's display name (sometimes an email). Names compare without
// case, accents or repeated spaces: "  josé  GARCÍA" is "jose garcia".
import type { DealPerson } from "./types";

export function normalizePersonName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export type OwnerMatch = { ok: true; userId: string } | { ok: false; reason: "unknown" } | { ok: false; reason: "ambiguous"; count: number };

/** Email first, then name, then a saved alias. Two people with the same name match neither by name. */
export class OwnerMatcher {
  private readonly byEmail = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();

  constructor(
    people: readonly DealPerson[],
    private readonly aliases: ReadonlyMap<string, string>,
  ) {
    for (const person of people) {
      this.byEmail.set(person.email.trim().toLowerCase(), person.id);
      const key = normalizePersonName(person.name);
      const list = this.byName.get(key);
      if (list) list.push(person.id);
      else this.byName.set(key, [person.id]);
    }
  }

  match(owner: string): OwnerMatch {
    const text = owner.trim();
    const email = this.byEmail.get(text.toLowerCase());
    if (email) return { ok: true, userId: email };
    const key = normalizePersonName(text);
    const named = this.byName.get(key);
    if (named?.length === 1 && named[0]) return { ok: true, userId: named[0] };
    const alias = this.aliases.get(key);
    if (alias) return { ok: true, userId: alias };
    if (named && named.length > 1) return { ok: false, reason: "ambiguous", count: named.length };
    return { ok: false, reason: "unknown" };
  }
}
