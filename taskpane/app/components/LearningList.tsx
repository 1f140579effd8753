import { Badge } from '@fluentui/react-components';
import { labelled } from '../format/label-text';
import { useLayoutStyles } from './layout-styles';

export interface LearningListProps {
  /** The feedback's learnings, each starting with its label (`[MEASURED] …`). */
  readonly learnings: readonly string[];
}

/**
 * The feedback's learnings, each with its label in words (Measured, Estimated, Inference).
 *
 * @example <LearningList learnings={feedback.learnings} />
 */
export function LearningList({ learnings }: LearningListProps) {
  const styles = useLayoutStyles();
  if (learnings.length === 0) return <p className={styles.note}>No learnings.</p>;
  return (
    <ul className={styles.list}>
      {learnings.map((learning, index) => {
        const { label, text } = labelled(learning);
        return (
          <li key={index} className={styles.paragraph}>
            {label === null ? null : (
              <>
                <Badge appearance="tint" color="informative" size="small">
                  {label}
                </Badge>{' '}
              </>
            )}
            {text}
          </li>
        );
      })}
    </ul>
  );
}
