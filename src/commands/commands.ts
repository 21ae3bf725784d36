/**
 * Ribbon commands (the manifest's FunctionFile). The only button, on the Home tab, opens the task pane
 * through the manifest's ShowTaskpane action, so no function is registered here yet; the page still has
 * to call Office.onReady, or Office reports the add-in as not loaded.
 */

/* global Office */

export function initCommands(office: typeof Office | undefined = typeof Office === "undefined" ? undefined : Office): void {
  office?.onReady(() => undefined);
}

initCommands();
