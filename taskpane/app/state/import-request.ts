import type { CampaignOption, ImportRequest, ImportSource } from '../../../src/excel/operator-actions';
import { importCampaign, type ImportChoices } from './import-state';

/**
 * The request the Import tab's fields make for `source`: the campaign shown as chosen (an empty id
 * when the workbook has none, which the host answers with its problem), the Channel and Currency
 * only when filled in (trimmed), the Date format only when chosen.
 *
 * @example importRequest({ kind: 'selection' }, { ...INITIAL_IMPORT_CHOICES, channel: ' LinkedIn ' }, campaigns)
 * // { source: { kind: 'selection' }, campaignId: 'C-SPRING', mode: 'replace', channel: 'LinkedIn' }
 */
export function importRequest(
  source: ImportSource,
  choices: ImportChoices,
  campaigns: readonly CampaignOption[] | null,
): ImportRequest {
  const channel = choices.channel.trim();
  const currency = choices.currency.trim();
  return {
    source,
    campaignId: importCampaign(choices.campaignId, campaigns) ?? '',
    mode: choices.mode,
    ...(channel === '' ? {} : { channel }),
    ...(currency === '' ? {} : { currency }),
    ...(choices.dateFormat === null ? {} : { dateFormat: choices.dateFormat }),
  };
}
