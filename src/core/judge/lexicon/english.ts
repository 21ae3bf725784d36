/**
 * English verdicts. The matching copy has no white space, so phrases are written without it
 * (behindschedule); negations come first so that "not on schedule" is not read as "on schedule".
 */
import { row, type Row } from "./row";

export const ENGLISH: readonly Row[] = [
  row(/(?:not|never|no)(?:been|being)?(?:delayed|delays?)|withoutdelay/gi, "on_track~", null),
  row(
    /(?:not|no|never)(?:yet)?(?:on(?:schedule|track)|showingprogress|makingprogress|progress(?:ing|ed)?|completed|achieved)|incomplete/gi,
    "delayed",
    null,
  ),
  row(/aheadofschedule|(?:exceed|surpass)(?:ed|s|ing)?(?:the|its)?(?:plan|schedule)/gi, "ahead", null),
  row(/atrisk|unlikelyto(?:be)?(?:achieve|meet|reach|complete)|difficulttoachieve/gi, "at_risk", null),
  row(/behindschedule|delayed|delays?|(?:fallen|fell|falling)behind|postponed/gi, "delayed", null),
  row(/cancel(?:l)?ed|discontinued|abolished|mergedinto|nolongerevaluated/gi, "not_evaluated", null),
  row(/completed|accomplished|achieved|fulfilled/gi, "achieved", null),
  row(
    /on(?:schedule|track)|asplanned|showingprogress|(?:making|made)progress|progress(?:ing|ed)(?:well|smoothly|steadily)/gi,
    "on_track",
    null,
  ),
];
