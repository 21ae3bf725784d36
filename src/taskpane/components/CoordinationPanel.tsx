/** 取込・比較: the coordinating office's two tasks, each its own component. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";
import { CompareLastYear } from "./CompareLastYear";
import { ImportWorkbooks } from "./ImportWorkbooks";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export function CoordinationPanel() {
  const t = useT();
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <section aria-labelledby="coord-import">
        <h2 id="coord-import" className={styles.heading}>
          {t("taskpane.import.title")}
        </h2>
        <ImportWorkbooks />
      </section>
      <section aria-labelledby="coord-compare">
        <h2 id="coord-compare" className={styles.heading}>
          {t("taskpane.compare.title")}
        </h2>
        <CompareLastYear />
      </section>
    </div>
  );
}
