/**
 * The name the settings are saved under in a workbook (Office's document settings, which a package keeps
 * as a web-extension property). Apart from the settings schema so that reading it loads no zod.
 */
export const SETTINGS_KEY = "shinchoku.settings";
