"use server";
import { revalidatePath } from "next/cache";
import { viewerAction } from "@/lib/server/http/action";
import { retractBenchmark } from "@/lib/server/benchmarks/retract-benchmark";
import { setTeamBenchmarks } from "@/lib/server/benchmarks/set-team-benchmarks";
import { retractBenchmarkSchema, setBenchmarkFormSchema } from "@/lib/validation/benchmarks";

export const setBenchmarkAction = viewerAction(
  setBenchmarkFormSchema,
  async (viewer, input) => {
    // Conversion ratios are entered as percentages.
    const value = input.lever.includes("_to_") ? input.value / 100 : input.value;
    await setTeamBenchmarks(viewer, input.scope === "organization" ? null : input.scope, { [input.lever]: value }, input.effectiveFrom);
    revalidatePath("/org/benchmarks");
  },
  { permission: "benchmark.set" },
);

export const retractBenchmarkAction = viewerAction(
  retractBenchmarkSchema,
  async (viewer, input) => {
    await retractBenchmark(viewer, input.benchmarkId);
    revalidatePath("/org/benchmarks");
  },
  { permission: "benchmark.set" },
);
