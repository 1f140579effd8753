import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useId } from 'react';
import type { RunPreview } from '../../../src/excel/operator-actions';
import { countOf } from '../format/count-of';
import { readableTime } from '../format/readable-time';
import { CampaignDetailsList } from './CampaignDetailsList';
import { CampaignOverview } from './CampaignOverview';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import type { SelectTarget } from './TargetLink';
import { WriteChanges } from './WriteChanges';
import { WriteFooter } from './WriteFooter';

export interface CheckedViewProps {
  readonly preview: RunPreview;
  /** The workbook changed since the result the marketer chose to write: this is the fresh one. */
  readonly stale: boolean;
  readonly busy: boolean;
  readonly onWrite: () => void;
  readonly onDiscard: () => void;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * The checks' result, nothing written: each campaign at a glance with its next actions, what a
 * write would change, the details, and Write report in a footer that stays in view.
 *
 * @example <CheckedView preview={preview} stale={false} busy={busy} onWrite={write} onDiscard={discard} onSelect={select} />
 */
export function CheckedView({ preview, stale, busy, onWrite, onDiscard, onSelect }: CheckedViewProps) {
  const styles = useLayoutStyles();
  const headingId = useId();
  const changesId = useId();
  return (
    <section className={styles.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId} focusOnMount>
        Checked — nothing written yet
      </Heading>
      <p className={styles.note}>
        {countOf(preview.campaigns.length, 'campaign')} as of {readableTime(preview.asOf, preview.timeZone)}.
      </p>
      {stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The workbook changed</MessageBarTitle>
            Nothing was written. This is the result for the workbook as it is now: check it again.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <CampaignOverview
        campaigns={preview.campaigns}
        thresholdPct={preview.performanceThresholdPct}
        onSelect={onSelect}
      />
      <section className={styles.section} aria-labelledby={changesId}>
        <Heading level={2} id={changesId}>
          What Write report changes
        </Heading>
        <WriteChanges preview={preview} onSelect={onSelect} />
      </section>
      <CampaignDetailsList campaigns={preview.campaigns} thresholdPct={preview.performanceThresholdPct} />
      <WriteFooter preview={preview} busy={busy} onWrite={onWrite} onDiscard={onDiscard} />
    </section>
  );
}
