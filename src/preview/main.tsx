/** Starts the browser preview: the in-memory workbook, localStorage settings and the preview page. */
import type { Root } from "react-dom/client";
import type { EngineApi } from "../taskpane/engineApi";
import type { EngineRunner } from "../taskpane/engine/runner";
import { MemoryGateway } from "./memoryGateway";
import { PreviewApp } from "./PreviewApp";
import { LocalSettingsStore } from "./settingsStore";

/** `?lang=en` / `?lang=ja` stands in for Office's display language; otherwise the browser's. */
export function previewDisplayLanguage(search: string, browserLanguage: string | undefined): string | undefined {
  const fromUrl = new URLSearchParams(search).get("lang");
  if (fromUrl && /^[a-z]{2}(-[A-Za-z]{2})?$/.test(fromUrl)) return fromUrl;
  return browserLanguage;
}

export function startPreview(root: Root, engine: EngineApi, engineRunner?: EngineRunner): MemoryGateway {
  const gateway = new MemoryGateway();
  root.render(
    <PreviewApp
      gateway={gateway}
      engine={engine}
      engineRunner={engineRunner}
      settingsStore={new LocalSettingsStore()}
      displayLanguage={previewDisplayLanguage(window.location.search, navigator.language)}
    />,
  );
  return gateway;
}
