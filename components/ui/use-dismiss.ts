"use client";
import { useEffect, type RefObject } from "react";

/**
 * Closes an open disclosure (a menu, a panel) on Escape, on a press outside `wrapper`, or when
 * focus moves outside it (Tab past its last item); Escape gives focus back to `trigger`, as
 * WAI-ARIA's menu button and disclosure patterns ask.
 */
export function useDismiss(open: boolean, close: () => void, wrapper: RefObject<HTMLElement | null>, trigger: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!open) return;
    const onEvent = (event: Event) => {
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        close();
        trigger.current?.focus();
        return;
      }
      if (!wrapper.current?.contains(event.target as Node)) close();
    };
    document.addEventListener("pointerdown", onEvent);
    document.addEventListener("keydown", onEvent);
    document.addEventListener("focusin", onEvent);
    return () => {
      document.removeEventListener("pointerdown", onEvent);
      document.removeEventListener("keydown", onEvent);
      document.removeEventListener("focusin", onEvent);
    };
  }, [open, close, wrapper, trigger]);
}
