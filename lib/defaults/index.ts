// Coachboard's default organization content: pure, typed data with no I/O.
export * from "./funnel";
export * from "./benchmarks";
export * from "./competencies";
export * from "./leader-competencies";
export * from "./sales-plays";
export * from "./agenda";
