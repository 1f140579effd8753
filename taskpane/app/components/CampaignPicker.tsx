import { Button, Field, Select } from '@fluentui/react-components';
import type { CampaignOption } from '../../../src/excel/operator-actions';
import { CampaignOptionItem } from './CampaignOptionItem';
import { useLayoutStyles } from './layout-styles';

export interface CampaignPickerProps {
  /** `null` while loading or when the workbook has no readable Campaigns table. */
  readonly campaigns: readonly CampaignOption[] | null;
  /** `null`: every active campaign. */
  readonly value: string | null;
  readonly disabled: boolean;
  readonly onChange: (campaignId: string | null) => void;
  readonly onReload: () => void;
}

const ALL = '';

/**
 * Which campaigns a run checks: every active one (the default), or one chosen. Campaigns that are not
 * active are offered in their own group, since choosing one explicitly tracks it anyway.
 *
 * @example <CampaignPicker campaigns={campaigns} value={null} disabled={busy} onChange={choose} onReload={reload} />
 */
export function CampaignPicker({ campaigns, value, disabled, onChange, onReload }: CampaignPickerProps) {
  const styles = useLayoutStyles();
  const active = campaigns?.filter((c) => c.status === 'active') ?? [];
  const others = campaigns?.filter((c) => c.status !== 'active') ?? [];
  const option = (c: CampaignOption) => <CampaignOptionItem key={c.campaignId} campaign={c} />;
  return (
    <div className={styles.stack}>
      <Field label="Campaigns to check" className={styles.field}>
        <Select
          className={styles.field}
          select={{ className: styles.fieldControl }}
          value={value ?? ALL}
          disabled={disabled}
          onChange={(_event, data) => onChange(data.value === ALL ? null : data.value)}
        >
          <option value={ALL}>All active campaigns</option>
          {active.length > 0 ? <optgroup label="Active">{active.map(option)}</optgroup> : null}
          {others.length > 0 ? <optgroup label="Not active">{others.map(option)}</optgroup> : null}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button size="small" disabled={disabled} onClick={onReload}>
          Reload campaigns
        </Button>
      </div>
    </div>
  );
}
