"use client";
import { Menu, X } from "lucide-react";
import { useState } from "react";
import { NavLink } from "@/components/shell/nav-link";
import { clsx } from "clsx";

/**
 * The main navigation: a row of links from the small breakpoint up; on a phone, one "Menu" button
 * that opens the whole list (no links hidden in a sideways scroller).
 */
export function MainNavigation({ items }: { items: readonly { href: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  const siblings = items.map((item) => item.href);
  return (
    <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
      <button
        type="button"
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:hidden"
        aria-expanded={open}
        aria-controls="main-navigation-links"
        onClick={() => setOpen((current) => !current)}
      >
        {open ? <X aria-hidden="true" className="size-4" /> : <Menu aria-hidden="true" className="size-4" />}
        Menu
      </button>
      <ul
        id="main-navigation-links"
        className={clsx("gap-1 sm:flex sm:flex-row sm:flex-wrap", open ? "mt-2 flex flex-col" : "hidden")}
        // A link followed on a phone closes the menu.
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("a")) setOpen(false);
        }}
      >
        {items.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href} siblings={siblings}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
