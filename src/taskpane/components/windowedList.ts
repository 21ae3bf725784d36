/**
 * The pane's windowed lists (findings, fill changes) on @tanstack/react-virtual: only the rows in view
 * are in the DOM. A list that has not been laid out yet (no height) is given a pane-sized window, so it
 * shows its first rows at once rather than none.
 */
import type { RefObject } from "react";
import { observeElementRect, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";

const UNLAID = { width: 350, height: 600 };

export function useWindowedList(options: {
  count: number;
  scroller: RefObject<HTMLDivElement | null>;
  estimate(index: number): number;
  key(index: number): string | number;
}): Virtualizer<HTMLDivElement, Element> {
  return useVirtualizer<HTMLDivElement, Element>({
    count: options.count,
    getScrollElement: () => options.scroller.current,
    estimateSize: options.estimate,
    getItemKey: options.key,
    overscan: 4,
    initialRect: UNLAID,
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : UNLAID)),
  });
}
