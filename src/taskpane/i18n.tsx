/** The UI language as React context; every visible string goes through `t` and the pane's catalogue. */
import { createContext, useCallback, useContext } from "react";
import { t as translate, type PaneKey, type Params } from "./messages";
import type { Lang } from "../core/model/schemas";

const LangContext = createContext<Lang>("ja");

export const LangProvider = LangContext.Provider;

export function useLang(): Lang {
  return useContext(LangContext);
}

export type Translate = (key: PaneKey, params?: Params) => string;

export function useT(): Translate {
  const lang = useLang();
  return useCallback((key: PaneKey, params?: Params) => translate(key, lang, params), [lang]);
}
