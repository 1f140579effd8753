import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { RunPreview } from '../../../src/excel/operator-actions';
import { countOf } from '../format/count-of';
import { useLayoutStyles } from './layout-styles';
import { ProblemList } from './ProblemList';
import { RejectedUpdateList } from './RejectedUpdateList';
import type { SelectTarget } from './TargetLink';
import { TaskChangeList } from './TaskChangeList';

export interface WriteChangesProps {
  readonly preview: RunPreview;
  readonly onSelect: (target: SelectTarget) => void;
}

/** The sheets a write adds, replaces and creates, in sentences. */
function SheetChanges({ sheets }: { readonly sheets: RunPreview['sheets'] }) {
  const styles = useLayoutStyles();
  const replaced = new Set(sheets.replaced.map((s) => s.toLowerCase()));
  const all = sheets.campaigns.flatMap((c) => [c.report, c.feedback]);
  const added = [...all.filter((s) => !replaced.has(s.toLowerCase())), ...sheets.others];
  const again = all.filter((s) => replaced.has(s.toLowerCase()));
  return (
    <ul className={styles.list}>
      {added.length > 0 ? <li className={styles.paragraph}>Adds {added.join(' and ')}.</li> : null}
      {again.length > 0 ? (
        <li className={styles.paragraph}>
          Replaces {again.join(' and ')}, written earlier today (their history rows stay).
        </li>
      ) : null}
      {sheets.logs.length > 0 ? (
        <li className={styles.paragraph}>Creates the logs {sheets.logs.join(', ')} (a first write).</li>
      ) : null}
      {all.length === 0 ? (
        <li className={styles.paragraph}>No report sheet: no campaign to report on.</li>
      ) : null}
    </ul>
  );
}

/**
 * What Write report would change, grouped and open: status changes, rejected updates, sheets, and
 * the warnings that do not stop it.
 *
 * @example <WriteChanges preview={preview} onSelect={select} />
 */
export function WriteChanges({ preview, onSelect }: WriteChangesProps) {
  const sections = [
    {
      value: 'changes',
      title: `Status changes (${preview.taskChanges.length})`,
      body: <TaskChangeList changes={preview.taskChanges} />,
    },
    {
      value: 'rejected',
      title: `Rejected updates (${preview.rejectedUpdates.length})`,
      body: <RejectedUpdateList updates={preview.rejectedUpdates} onSelect={onSelect} />,
    },
    {
      value: 'sheets',
      title: `Sheets (${countOf(preview.sheets.campaigns.length * 2, 'report sheet')})`,
      body: <SheetChanges sheets={preview.sheets} />,
    },
    ...(preview.warnings.length === 0
      ? []
      : [
          {
            value: 'warnings',
            title: `Warnings (${preview.warnings.length})`,
            body: <ProblemList issues={preview.warnings} onSelect={onSelect} />,
          },
        ]),
  ];
  return (
    <Accordion multiple collapsible defaultOpenItems={['changes', 'rejected', 'sheets']}>
      {sections.map((section) => (
        <AccordionItem key={section.value} value={section.value}>
          <AccordionHeader as="h3" size="small">
            {section.title}
          </AccordionHeader>
          <AccordionPanel>{section.body}</AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
