import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/lib/cn";

// The classes are defined once in app/globals.css (.btn and its variants, in Tailwind's components
// layer, so a utility passed in still wins): a button's dozen utilities were written into the HTML
// of every button, a dashboard row holds one each (issue #21).
export const buttonVariants = cva("btn", {
  variants: {
    variant: { primary: "btn-primary", secondary: "btn-secondary", ghost: "btn-ghost", danger: "btn-danger" },
    size: { sm: "btn-sm", md: "btn-md", lg: "btn-lg" },
  },
  defaultVariants: { variant: "primary", size: "md" },
});

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement>, VariantProps<typeof buttonVariants> {
  asChild?: boolean;
}

export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return <Component className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
