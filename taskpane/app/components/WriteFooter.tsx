import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { RunPreview } from '../../../src/excel/operator-actions';
import { writeCounts } from '../format/write-summary';

const useStyles = makeStyles({
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    // The write button takes the room and wraps its text; Discard keeps its own size beside it.
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    // Across the pane's padding, so the list scrolls under it edge to edge.
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    marginRight: `calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  write: { whiteSpace: 'normal', minWidth: 0 },
});

export interface WriteFooterProps {
  readonly preview: RunPreview;
  readonly busy: boolean;
  readonly onWrite: () => void;
  readonly onDiscard: () => void;
}

/**
 * The one action that writes, with its counts, at the bottom of the pane and always in view while
 * the checks' result scrolls; Discard goes back without writing.
 *
 * @example <WriteFooter preview={preview} busy={busy} onWrite={write} onDiscard={discardCheck} />
 */
export function WriteFooter({ preview, busy, onWrite, onDiscard }: WriteFooterProps) {
  const styles = useStyles();
  return (
    <div className={styles.footer} role="group" aria-label="Write the report">
      <Button appearance="primary" className={styles.write} disabled={busy} onClick={onWrite}>
        Write report — {writeCounts(preview)}
      </Button>
      <Button disabled={busy} onClick={onDiscard}>
        Discard
      </Button>
    </div>
  );
}
