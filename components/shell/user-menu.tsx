"use client";
// A menu button written out (WAI-ARIA menu button pattern) rather than Radix's dropdown: it is on
// every signed-in page, and Radix's menu with its positioning engine was ~84 KB of each page's
// first-load JavaScript for one item (issue #21).
import Link from "next/link";
import { useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";

export function UserMenu({ name, email, roleLabel, signOut }: { name: string; email: string; roleLabel: string; signOut: () => Promise<void> }) {
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, wrapper, trigger);
  // Opened: focus on the first item.
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  return (
    <div ref={wrapper} className="relative ml-auto">
      <button
        ref={trigger}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((current) => !current)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm hover:bg-slate-100"
        aria-label={`Account menu for ${name}`}
      >
        <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">
          {name
            .split(/\s+/)
            .map((part) => part[0])
            .join("")
            .slice(0, 2)
            .toUpperCase()}
        </span>
        <span className="hidden text-left md:block">
          <span className="block font-medium text-slate-900">{name}</span>
          <span className="block text-xs text-slate-600">{roleLabel}</span>
        </span>
      </button>
      {open ? (
        <div id={menuId} className="absolute right-0 top-full z-50 mt-1.5 min-w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <div className="px-3 py-2 text-sm">
            <p className="font-medium text-slate-900">{name}</p>
            <p className="break-all text-slate-600">{email}</p>
            <p className="text-xs text-slate-600">{roleLabel}</p>
          </div>
          <div aria-hidden="true" className="my-1 h-px bg-slate-100" />
          <div
            ref={menu}
            role="menu"
            aria-label={`Account menu for ${name}`}
            onKeyDown={(event) => {
              // Up and down move between the items, as in any menu.
              if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
              event.preventDefault();
              const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
              const at = items.indexOf(document.activeElement as HTMLElement);
              items[(at + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
            }}
          >
            <Link
              href="/account"
              role="menuitem"
              onClick={() => setOpen(false)}
              className="block w-full cursor-pointer rounded px-3 py-2 text-left text-sm text-slate-800 outline-none hover:bg-slate-100 focus:bg-slate-100"
            >
              Your account
            </Link>
            <Link
              href="/settings/profile"
              role="menuitem"
              onClick={() => setOpen(false)}
              className="block w-full cursor-pointer rounded px-3 py-2 text-left text-sm text-slate-800 outline-none hover:bg-slate-100 focus:bg-slate-100"
            >
              Notifications and calendar
            </Link>
            <button
              type="button"
              role="menuitem"
              onClick={() => startTransition(() => signOut())}
              className="w-full cursor-pointer rounded px-3 py-2 text-left text-sm text-slate-800 outline-none hover:bg-slate-100 focus:bg-slate-100"
            >
              {pending ? "Signing out…" : "Sign out"}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
