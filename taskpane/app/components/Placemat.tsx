import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { Working } from './Working';

const useStyles = makeStyles({
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface PlacematProps {
  readonly busy: boolean;
  /** Tables are being added: `sample` says which. */
  readonly creating: { readonly sample: boolean } | null;
  readonly onTrySample: () => void;
  readonly onAddTables: () => void;
}

/**
 * The first run: what the add-in does and the two ways to start, on a workbook without its input
 * tables. No error is shown before the marketer asks for a run.
 *
 * @example <Placemat busy={false} creating={null} onTrySample={trySample} onAddTables={addTables} />
 */
export function Placemat({ busy, creating, onTrySample, onAddTables }: PlacematProps) {
  const styles = useLayoutStyles();
  const own = useStyles();
  const headingId = useId();
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        Track your campaigns in this workbook
      </Heading>
      <p className={styles.paragraph}>
        Campaign Operator reads a campaign’s tasks, KPIs and ad-platform figures from tables in this workbook,
        checks them against your rules and tells you where each campaign stands.
      </p>
      <ol className={own.steps}>
        <li className={styles.paragraph}>
          <strong>Run checks</strong> shows each campaign’s status, budget, KPIs and next actions. Nothing is
          written.
        </li>
        <li className={styles.paragraph}>
          <strong>Write report</strong> applies the task updates and adds a status report and a CMO feedback
          sheet.
        </li>
        <li className={styles.paragraph}>
          <strong>Revert last run</strong> undoes a write.
        </li>
      </ol>
      <p className={styles.paragraph}>This workbook has no campaign tables yet. Start with one of these:</p>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={onTrySample}>
          Try the sample
        </Button>
        <Button disabled={busy} onClick={onAddTables}>
          Add empty tables
        </Button>
      </div>
      <p className={styles.note}>
        The sample adds six sheets holding a realistic product launch to explore; delete them when you are
        done. Empty tables come with drop-downs for the statuses, ready for your own campaign.
      </p>
      {creating === null ? null : (
        <Working label={creating.sample ? 'Adding the sample campaign…' : 'Adding the input tables…'} />
      )}
    </section>
  );
}
