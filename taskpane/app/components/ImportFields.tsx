import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { CampaignOption } from '../../../src/excel/operator-actions';
import { importCampaign, type ImportChoices } from '../state/import-state';
import { CampaignOptionItem } from './CampaignOptionItem';
import { useLayoutStyles } from './layout-styles';

export interface ImportFieldsProps {
  readonly choices: ImportChoices;
  /** `null` while loading or when the workbook has no readable Campaigns table. */
  readonly campaigns: readonly CampaignOption[] | null;
  readonly disabled: boolean;
  readonly onChange: (choices: Partial<ImportChoices>) => void;
}

/**
 * The Import tab's choices: the campaign, the Channel and Currency (optional), what to do with
 * channel-days already there, and the Date format once an import asked for it.
 *
 * @example <ImportFields choices={state.importChoices} campaigns={state.campaigns} disabled={busy} onChange={changeImportChoices} />
 */
export function ImportFields({ choices, campaigns, disabled, onChange }: ImportFieldsProps) {
  const styles = useLayoutStyles();
  const all = campaigns ?? [];
  const option = (c: CampaignOption) => <CampaignOptionItem key={c.campaignId} campaign={c} />;
  return (
    <div className={styles.stack}>
      <Field label="Campaign" className={styles.field}>
        <Select
          className={styles.field}
          select={{ className: styles.fieldControl }}
          value={importCampaign(choices.campaignId, campaigns) ?? ''}
          disabled={disabled || all.length === 0}
          onChange={(_event, data) => onChange({ campaignId: data.value })}
        >
          {all.length === 0 ? <option value="">No campaigns in this workbook</option> : all.map(option)}
        </Select>
      </Field>
      <Field
        label="Channel (optional)"
        hint="Every row’s channel. Blank: the platform and campaign type, such as Google Ads – Search."
        className={styles.field}
      >
        <Input
          className={styles.field}
          value={choices.channel}
          disabled={disabled}
          onChange={(_event, data) => onChange({ channel: data.value })}
        />
      </Field>
      <Field
        label="Currency (optional)"
        hint="The export’s currency when it does not say, such as USD. Blank: the campaign’s."
        className={styles.field}
      >
        <Input
          className={styles.field}
          value={choices.currency}
          disabled={disabled}
          onChange={(_event, data) => onChange({ currency: data.value })}
        />
      </Field>
      <Field label="Channel-days already in ChannelMetrics" className={styles.field}>
        <RadioGroup
          value={choices.mode}
          disabled={disabled}
          onChange={(_event, data) => onChange({ mode: data.value === 'skip' ? 'skip' : 'replace' })}
        >
          <Radio value="replace" label="Replace their figures" />
          <Radio value="skip" label="Skip them" />
        </RadioGroup>
      </Field>
      {choices.dateFormatAsked || choices.dateFormat !== null ? (
        <Field
          label="Date format"
          hint="How the export writes dates such as 03/04/2025."
          className={styles.field}
        >
          <RadioGroup
            value={choices.dateFormat ?? ''}
            disabled={disabled}
            onChange={(_event, data) => onChange({ dateFormat: data.value === 'MDY' ? 'MDY' : 'DMY' })}
          >
            <Radio value="DMY" label="DMY (day first)" />
            <Radio value="MDY" label="MDY (month first)" />
          </RadioGroup>
        </Field>
      ) : null}
    </div>
  );
}
