import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { RunProgress, RunStep } from '../../../src/excel/operator-actions';
import { STEP_TEXT, STEPS_OF } from '../format/step-text';
import { ExcelWaitBar } from './ExcelWaitBar';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';
import { elapsedText, useElapsedSeconds } from './use-elapsed';

const useStyles = makeStyles({
  done: { color: tokens.colorNeutralForeground3 },
  current: { fontWeight: tokens.fontWeightSemibold },
  upcoming: { color: tokens.colorNeutralForeground3 },
});

export interface RunProgressViewProps {
  /** Checks (nothing written) or a write. */
  readonly purpose: 'check' | 'write';
  /** `null` before the host reports its first step. */
  readonly progress: RunProgress | null;
  readonly startedAt: number;
  /** Whether Cancel is offered now (a write can be stopped only until it starts writing). */
  readonly cancellable: boolean;
  readonly excelWaiting: boolean;
  readonly onCancel: () => void;
}

type StepState = 'done' | 'current' | 'upcoming';

function stepState(steps: readonly RunStep[], step: RunStep, current: RunStep | undefined): StepState {
  if (current === undefined) return 'upcoming';
  const [at, now] = [steps.indexOf(step), steps.indexOf(current)];
  if (at < now || (current === 'done' && step === 'done')) return 'done';
  return at === now ? 'current' : 'upcoming';
}

const STATE_TEXT: Readonly<Record<StepState, string>> = {
  done: 'done',
  current: 'in progress',
  upcoming: 'to do',
};

/**
 * Work under way: its named steps with the current one marked, the time elapsed, Cancel while
 * stopping is safe, and what to do when Excel is the one waiting.
 *
 * @example <RunProgressView purpose="check" progress={{ step: 'checking', fraction: 0.3 }} startedAt={t0} cancellable excelWaiting={false} onCancel={cancel} />
 */
export function RunProgressView(props: RunProgressViewProps) {
  const { purpose, progress, startedAt, cancellable, excelWaiting, onCancel } = props;
  const layout = useLayoutStyles();
  const styles = useStyles();
  const headingId = useId();
  const seconds = useElapsedSeconds(startedAt);
  const [stopping, setStopping] = useState(false);
  const current = progress?.step;
  const steps = STEPS_OF[purpose];
  const writing = current === 'writing' || current === 'done';
  return (
    <section className={layout.stack} aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {purpose === 'check' ? 'Running checks' : 'Writing the report'}
      </Heading>
      {excelWaiting ? <ExcelWaitBar /> : null}
      <Field
        label={`${current === undefined ? 'Starting' : STEP_TEXT[current]} — ${elapsedText(seconds)}`}
        validationState="none"
        validationMessage={
          purpose === 'check'
            ? 'Nothing is written while the checks run.'
            : writing
              ? 'Writing now: this cannot be stopped. Revert last run undoes it afterwards.'
              : 'Nothing is written until the checks are done again.'
        }
      >
        {progress === null ? (
          <ProgressBar />
        ) : (
          <ProgressBar value={Math.min(1, Math.max(0, progress.fraction))} />
        )}
      </Field>
      <ol className={layout.list}>
        {steps.map((step) => {
          const state = stepState(steps, step, current);
          return (
            <li key={step} className={styles[state]} aria-current={state === 'current' ? 'step' : undefined}>
              {STEP_TEXT[step]} <span className={layout.visuallyHidden}>({STATE_TEXT[state]})</span>
            </li>
          );
        })}
      </ol>
      {cancellable || stopping ? (
        <div className={layout.buttons}>
          <Button
            disabled={stopping}
            onClick={() => {
              if (purpose === 'write') setStopping(true);
              onCancel();
            }}
          >
            {stopping ? 'Stopping…' : 'Cancel'}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
