import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { CampaignOption } from '../../../src/excel/operator-actions';
import { CampaignOptionItem } from './CampaignOptionItem';
import { useLayoutStyles } from './layout-styles';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  picker: { flexGrow: 1, flexBasis: '150px', minWidth: 0 },
});

export interface TrackControlsProps {
  /** `null` while loading or when the workbook has no readable Campaigns table. */
  readonly campaigns: readonly CampaignOption[] | null;
  /** `null`: every active campaign. */
  readonly value: string | null;
  readonly busy: boolean;
  /** Run checks is this view's primary action (not while a check's result offers Write report). */
  readonly primary: boolean;
  readonly onChange: (campaignId: string | null) => void;
  readonly onCheck: () => void;
}

const ALL = '';

/**
 * Which campaigns to check — every active one (the default) or one chosen; campaigns that are not
 * active are offered in their own group, since choosing one tracks it anyway — and Run checks.
 *
 * @example <TrackControls campaigns={campaigns} value={null} busy={busy} primary onChange={choose} onCheck={check} />
 */
export function TrackControls({ campaigns, value, busy, primary, onChange, onCheck }: TrackControlsProps) {
  const styles = useLayoutStyles();
  const own = useStyles();
  const active = campaigns?.filter((c) => c.status === 'active') ?? [];
  const others = campaigns?.filter((c) => c.status !== 'active') ?? [];
  const option = (c: CampaignOption) => <CampaignOptionItem key={c.campaignId} campaign={c} />;
  return (
    <div className={own.row}>
      <Field label="Campaigns to check" className={own.picker}>
        <Select
          className={styles.field}
          select={{ className: styles.fieldControl }}
          value={value ?? ALL}
          disabled={busy}
          onChange={(_event, data) => onChange(data.value === ALL ? null : data.value)}
        >
          <option value={ALL}>All active campaigns</option>
          {active.length > 0 ? <optgroup label="Active">{active.map(option)}</optgroup> : null}
          {others.length > 0 ? <optgroup label="Not active">{others.map(option)}</optgroup> : null}
        </Select>
      </Field>
      <Button appearance={primary ? 'primary' : 'secondary'} disabled={busy} onClick={onCheck}>
        Run checks
      </Button>
    </div>
  );
}
