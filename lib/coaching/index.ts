// The coaching-priority engine: pure TypeScript, no I/O. See PRODUCT.md, "The coaching-priority engine".
export * from "./levers";
export * from "./types";
export * from "./benchmarks";
export * from "./grade";
export * from "./priorities";
export * from "./format";
export { leverDenominator } from "./raw-values";
