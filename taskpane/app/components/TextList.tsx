import { useLayoutStyles } from './layout-styles';

export interface TextListProps {
  readonly items: readonly string[];
  /** Said when there are no items. */
  readonly empty: string;
}

/**
 * Sentences from the feedback (learnings, recommendations) as a list.
 *
 * @example <TextList items={feedback.learnings} empty="No learnings." />
 */
export function TextList({ items, empty }: TextListProps) {
  const styles = useLayoutStyles();
  if (items.length === 0) return <p className={styles.note}>{empty}</p>;
  return (
    <ul className={styles.list}>
      {items.map((item, index) => (
        <li key={index} className={styles.paragraph}>
          {item}
        </li>
      ))}
    </ul>
  );
}
