// A small seeded PRNG so the demo organization is the same on every machine.
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  normal(mean: number, sd: number): number;
  binomial(trials: number, probability: number): number;
  pick<T>(items: readonly T[]): T;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number) => {
    const u = Math.max(next(), 1e-12);
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal,
    binomial(trials, probability) {
      if (trials <= 0 || probability <= 0) return 0;
      if (trials > 200) return Math.max(0, Math.min(trials, Math.round(normal(trials * probability, Math.sqrt(trials * probability * (1 - probability))))));
      let successes = 0;
      for (let i = 0; i < trials; i++) if (next() < probability) successes++;
      return successes;
    },
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
  };
}
