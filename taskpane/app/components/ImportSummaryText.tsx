import { useLayoutStyles } from './layout-styles';

export interface ImportSummaryTextProps {
  /** The import's summary, one line per fact, as the command line prints it. */
  readonly lines: readonly string[];
}

/**
 * Why rows were dropped, summed, replaced or skipped: the summary's reasons (the lines the CLI
 * starts with `- `), as a list. Its facts — the platform with the recogniser's confidence score, the
 * counts — are not repeated: the counts above say them in words.
 *
 * @example <ImportSummaryText lines={preview.summary} />
 */
export function ImportSummaryText({ lines }: ImportSummaryTextProps) {
  const styles = useLayoutStyles();
  const reasons = lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.list}>
      {reasons.map((line, index) => (
        <li key={index} className={styles.note}>
          {line}
        </li>
      ))}
    </ul>
  );
}
