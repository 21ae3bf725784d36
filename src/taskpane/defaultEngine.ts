/** The real engine behind the EngineApi interface (tests hand in fakes instead). */
import {
  analyze,
  buildMeasureSheet,
  buildSummarySheets,
  exportData,
  exportSheet,
  NewMeasureInputSchema,
  proposeFill,
} from "../core/engine";
import type { EngineApi } from "./engineApi";
import { describeForm } from "../core/produce/formDescription";

export const defaultEngine: EngineApi = {
  analyze,
  proposeFill,
  buildSummarySheets,
  exportData,
  exportSheet,
  NewMeasureInputSchema,
  buildMeasureSheet,
  describeForm,
};
