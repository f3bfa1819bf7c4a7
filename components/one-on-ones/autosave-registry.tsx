"use client";
import { createContext, useCallback, useContext, useMemo, useRef } from "react";

type Flush = () => Promise<boolean>;

interface AutosaveRegistry {
  register: (key: string, flush: Flush) => () => void;
  /** Saves every editor now; false when one could not save (conflict or error). */
  flushAll: () => Promise<boolean>;
}

const RegistryContext = createContext<AutosaveRegistry | null>(null);

/** Lets "Complete the meeting" wait for every notes editor on the page to save first. */
export function AutosaveProvider({ children }: { children: React.ReactNode }) {
  const editors = useRef(new Map<string, Flush>());
  const register = useCallback((key: string, flush: Flush) => {
    editors.current.set(key, flush);
    return () => {
      editors.current.delete(key);
    };
  }, []);
  const flushAll = useCallback(async () => (await Promise.all([...editors.current.values()].map((flush) => flush()))).every(Boolean), []);
  const value = useMemo(() => ({ register, flushAll }), [register, flushAll]);
  return <RegistryContext.Provider value={value}>{children}</RegistryContext.Provider>;
}

export function useAutosaveRegistry(): AutosaveRegistry | null {
  return useContext(RegistryContext);
}
