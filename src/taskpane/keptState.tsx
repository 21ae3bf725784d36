/**
 * State that outlives a panel's DOM. Only the panel on screen is mounted (a hidden panel holding 11,000
 * findings would cost the page its speed), yet a preview, its ticks and the undo list must be there
 * when the user comes back. A panel keeps such state with `useKept(key, initial)` instead of useState;
 * the values live in the pane, one store per workbook.
 */
import { createContext, useCallback, useContext, useReducer, type SetStateAction } from "react";

export type KeptStore = Map<string, unknown>;

const KeptContext = createContext<KeptStore | null>(null);

export const KeptStateProvider = KeptContext.Provider;

export function useKept<T>(key: string, initial: T | (() => T)): [T, (next: SetStateAction<T>) => void] {
  const store = useContext(KeptContext);
  if (!store) throw new Error("KeptStateProvider missing");
  if (!store.has(key)) store.set(key, typeof initial === "function" ? (initial as () => T)() : initial);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // The store is the truth: an action that finishes after its panel was closed still lands there.
  const set = useCallback(
    (next: SetStateAction<T>) => {
      const prev = store.get(key) as T;
      const value = typeof next === "function" ? (next as (p: T) => T)(prev) : next;
      if (Object.is(value, prev)) return;
      store.set(key, value);
      rerender();
    },
    [store, key],
  );
  return [store.get(key) as T, set];
}
