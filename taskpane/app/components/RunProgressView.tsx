import { Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { RUN_STEPS, type RunProgress, type RunStep } from '../../../src/excel/operator-actions';
import { STEP_TEXT } from '../format/step-text';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';

const useStyles = makeStyles({
  done: { color: tokens.colorNeutralForeground3 },
  current: { fontWeight: tokens.fontWeightSemibold },
  upcoming: { color: tokens.colorNeutralForeground3 },
});

export interface RunProgressViewProps {
  /** `null` before the host reports its first step. */
  readonly progress: RunProgress | null;
}

type StepState = 'done' | 'current' | 'upcoming';

function stepState(step: RunStep, current: RunStep | undefined): StepState {
  if (current === undefined) return 'upcoming';
  const [at, now] = [RUN_STEPS.indexOf(step), RUN_STEPS.indexOf(current)];
  if (at < now || (current === 'done' && step === 'done')) return 'done';
  return at === now ? 'current' : 'upcoming';
}

const STATE_TEXT: Readonly<Record<StepState, string>> = {
  done: 'done',
  current: 'in progress',
  upcoming: 'to do',
};

/**
 * A run under way: a progress bar and its named steps, the current one marked.
 *
 * @example <RunProgressView progress={{ step: 'checking', fraction: 0.3 }} />
 */
export function RunProgressView({ progress }: RunProgressViewProps) {
  const layout = useLayoutStyles();
  const styles = useStyles();
  const headingId = useId();
  const current = progress?.step;
  return (
    <section className={layout.section} aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        Running checks
      </Heading>
      <Field
        label="Progress"
        validationState="none"
        validationMessage={current === undefined ? 'Starting…' : STEP_TEXT[current]}
      >
        {progress === null ? (
          <ProgressBar />
        ) : (
          <ProgressBar value={Math.min(1, Math.max(0, progress.fraction))} />
        )}
      </Field>
      <ol className={layout.list}>
        {RUN_STEPS.map((step) => {
          const state = stepState(step, current);
          return (
            <li key={step} className={styles[state]} aria-current={state === 'current' ? 'step' : undefined}>
              {STEP_TEXT[step]} <span className={layout.visuallyHidden}>({STATE_TEXT[state]})</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
