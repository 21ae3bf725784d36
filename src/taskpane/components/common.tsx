/** Small pieces every panel uses: the error bar, the busy indicator and the async-action hook. */
import { useCallback, useRef, useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { describeError, type DescribedError } from "../errors";
import { useT } from "../i18n";

const useStyles = makeStyles({
  code: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  busy: { justifyContent: "flex-start", paddingBlock: tokens.spacingVerticalS },
});

export function ErrorBar({ error, onDismiss }: { error: DescribedError | null; onDismiss?: () => void }) {
  const t = useT();
  const styles = useStyles();
  if (!error) return null;
  return (
    <MessageBar intent="error" role="alert" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t("taskpane.error.title")}</MessageBarTitle>
        {t(error.key, error.params)}
        {error.code ? <span className={styles.code}> {t("taskpane.error.code", { code: error.code })}</span> : null}
      </MessageBarBody>
      {onDismiss ? (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label={t("taskpane.common.dismiss")} onClick={onDismiss}>
              ×
            </Button>
          }
        />
      ) : null}
    </MessageBar>
  );
}

export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  return <Spinner className={styles.busy} size="tiny" label={label} labelPosition="after" aria-live="polite" />;
}

export interface Action {
  busy: boolean;
  error: DescribedError | null;
  clearError(): void;
  /** Runs `fn` with the busy flag set; a throw becomes the error bar's content and `undefined` is returned. */
  run<T>(fn: () => Promise<T>): Promise<T | undefined>;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DescribedError | null>(null);
  // A second click while the first call runs is ignored rather than queued: gateways are not re-entrant.
  const running = useRef(false);
  const run = useCallback(async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      setError(describeError(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, run };
}
