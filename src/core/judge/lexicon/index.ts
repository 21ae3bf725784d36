/**
 * The status lexicon, by meaning group. Order matters: an earlier line masks its span from later ones, so
 * the more specific groups come first (計画通り進捗できておらず before 計画通り, 一部達成 before 達成).
 * Adding a phrase is one `row(...)` line in the group it belongs to, above any more general line it overlaps.
 */
import { AHEAD } from "./ahead";
import { COMPARISON } from "./comparison";
import { DELAYED } from "./delay";
import { ACHIEVED } from "./done";
import { ENGLISH } from "./english";
import { ON_TRACK } from "./onTrack";
import { AT_RISK } from "./risk";
import { NOT_EVALUATED } from "./notEvaluated";
import { row, type Row } from "./row";

export { baseStatus, type Intent, type Row, type Verdict } from "./row";

/** Last: 〜に至らなかった after anything not caught above (方針決定に至らなかった). */
const LAST: readonly Row[] = [row(/(?:に|には|まで)(?:残念ながら|いまだ|未だ|まだ)?至(?=[らっりれ])/g, null, "delayed~")];

export const LEXICON: readonly Row[] = [
  ...NOT_EVALUATED,
  ...AT_RISK,
  ...DELAYED,
  ...COMPARISON,
  ...ACHIEVED,
  ...AHEAD,
  ...ON_TRACK,
  ...ENGLISH,
  ...LAST,
];
