import { cva, type VariantProps } from "class-variance-authority";

// The classes are defined once in app/globals.css (.btn and its variants, in Tailwind's components
// layer, so a utility passed in still wins): a button's dozen utilities were written into the HTML
// of every button, a dashboard row holds one each (issue #21). A link that looks like a button
// takes `buttonVariants` as its className.
export const buttonVariants = cva("btn", {
  variants: {
    variant: { primary: "btn-primary", secondary: "btn-secondary", ghost: "btn-ghost", danger: "btn-danger" },
    size: { sm: "btn-sm", md: "btn-md", lg: "btn-lg" },
  },
  defaultVariants: { variant: "primary", size: "md" },
});

export type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonVariants>;

export function Button({ className, variant, size, ...props }: ButtonProps) {
  return <button className={buttonVariants({ variant, size, className })} {...props} />;
}
