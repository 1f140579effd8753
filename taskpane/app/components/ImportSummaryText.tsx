import { useLayoutStyles } from './layout-styles';

export interface ImportSummaryTextProps {
  /** The import's summary, one line per fact, as the command line prints it. */
  readonly lines: readonly string[];
}

/**
 * An import's summary: its facts as paragraphs, its reasons (the lines the CLI starts with `- `) as a
 * list.
 *
 * @example <ImportSummaryText lines={preview.summary} />
 */
export function ImportSummaryText({ lines }: ImportSummaryTextProps) {
  const styles = useLayoutStyles();
  const facts = lines.filter((line) => !line.startsWith('- '));
  const reasons = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
  return (
    <div className={styles.section}>
      {facts.map((line, index) => (
        <p key={index} className={styles.paragraph}>
          {line}
        </p>
      ))}
      {reasons.length > 0 ? (
        <ul className={styles.list}>
          {reasons.map((line, index) => (
            <li key={index} className={styles.note}>
              {line}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
