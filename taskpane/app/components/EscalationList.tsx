import { SEVERITIES, type ExecutionStatusReport } from '../../../src/engine/report/output-schemas';
import { Heading } from './Heading';
import { useLayoutStyles } from './layout-styles';

const SEVERITY_TEXT = { critical: 'Critical', high: 'High', medium: 'Medium' } as const;

export interface EscalationListProps {
  readonly escalations: ExecutionStatusReport['escalations'];
}

/**
 * The report's escalations grouped by severity, critical first, each with its recommended action.
 *
 * @example <EscalationList escalations={report.escalations} />
 */
export function EscalationList({ escalations }: EscalationListProps) {
  const styles = useLayoutStyles();
  if (escalations.length === 0) return <p className={styles.note}>No escalations.</p>;
  return (
    <div className={styles.stack}>
      {SEVERITIES.map((severity) => {
        const group = escalations.filter((e) => e.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className={styles.section}>
            <Heading level={5}>
              {SEVERITY_TEXT[severity]} ({group.length})
            </Heading>
            <ul className={styles.list}>
              {group.map((escalation, index) => (
                <li key={index}>
                  <span className={styles.paragraph}>{escalation.description}</span>
                  <p className={styles.note}>What to do: {escalation.recommended_action}</p>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
