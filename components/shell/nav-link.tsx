"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";

export function NavLink({ href, siblings = [], children }: { href: string; siblings?: string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  // "/org" is not active on "/org/benchmarks" when that has its own link: the longest match wins.
  const active = pathname === href || (pathname.startsWith(`${href}/`) && !siblings.some((other) => other !== href && other.startsWith(`${href}/`) && pathname.startsWith(other)));
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={clsx("block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium", active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100")}
    >
      {children}
    </Link>
  );
}
