import { cva, type VariantProps } from "class-variance-authority";

// Defined once in app/globals.css (.badge, in the components layer, so a utility passed in wins)
// rather than as utilities on every badge: a team dashboard shows a status badge per lever per rep
// (issue #21).
const badgeVariants = cva("badge", {
  variants: {
    tone: { neutral: "badge-neutral", good: "badge-good", warn: "badge-warn", bad: "badge-bad", info: "badge-info" },
  },
  defaultVariants: { tone: "neutral" },
});

export function Badge({ className, tone, ...props }: React.HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>) {
  return <span className={badgeVariants({ tone, className })} {...props} />;
}
