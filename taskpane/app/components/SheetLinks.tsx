import { useLayoutStyles } from './layout-styles';
import { TargetLink, type SelectTarget } from './TargetLink';

export interface SheetLinksProps {
  readonly report: string;
  readonly feedback: string;
  readonly onSelect: (target: SelectTarget) => void;
}

/**
 * Links that activate a campaign's new Report and CMO Feedback sheets.
 *
 * @example <SheetLinks report="Report C1 2026-03-19" feedback="CMO Feedback C1 2026-03-19" onSelect={select} />
 */
export function SheetLinks({ report, feedback, onSelect }: SheetLinksProps) {
  const styles = useLayoutStyles();
  return (
    <ul className={styles.list}>
      <li>
        <TargetLink target={{ sheet: report }} onSelect={onSelect}>
          Open the report sheet “{report}”
        </TargetLink>
      </li>
      <li>
        <TargetLink target={{ sheet: feedback }} onSelect={onSelect}>
          Open the CMO feedback sheet “{feedback}”
        </TargetLink>
      </li>
    </ul>
  );
}
