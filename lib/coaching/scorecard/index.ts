// The coaching scorecard of a sales manager ("coach the coach"): whether coaching happens and
// whether it works, per manager and window, beside the organization's median manager. Pure: the
// server loads grouped facts (lib/server/scorecard) and this turns them into readings that say
// "not enough data" instead of guessing. The rules are in docs/decisions/0010-coaching-scorecard.md.
export * from "./definitions";
export * from "./readings";
export * from "./development-priority";
export * from "./leader-plan";
export * from "./organization";
