// The engine's tuning constants, in one place so the engine, the reverse funnel and the plans agree.

/** A focus needs at least this confidence that the gap is real. */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.8;
/** Pseudo-observations of the Beta prior on each ratio: a rep's rate counts for half at 20 trials. */
export const DEFAULT_PRIOR_STRENGTH = 20;
/** Pseudo working days of the Gamma prior on volume. */
export const VOLUME_PRIOR_DAYS = 10;
/** Pseudo won deals of the prior on average deal size. */
export const DEAL_PRIOR_DEALS = 5;
/**
 * Below this many working days nobody is coached on the numbers yet: a ramping rep's pace is not
 * their pace, and daily activity varies far more than the Poisson model of volume assumes.
 */
export const MIN_WORKING_DAYS = 10;
/** A gap resting on fewer observations than this is "not enough data", not "uncertain". */
export const MIN_TRIALS = { volume: MIN_WORKING_DAYS, ratio: 30, deal_size: 5 } as const;
