import { Skeleton } from "@/components/ui/skeleton";

/** Placeholder while a data-heavy section streams in. */
export function SectionSkeleton({ label, blocks = 2 }: { label: string; blocks?: number }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-6">
      {Array.from({ length: blocks }, (_, index) => (
        <Skeleton key={index} className={index === 0 ? "h-80 w-full" : "h-64 w-full"} />
      ))}
      <span className="sr-only">{label}</span>
    </div>
  );
}
