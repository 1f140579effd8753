import { TABLE_LABELS } from '../../engine/model/labels';
import { localDateOf } from '../../engine/time/zoned';
import { normalizeName } from '../../workbook/names/normalize-name';
import { buildTemplatePlan } from '../../workbook/template/build-template-plan';
import { buildSampleWorkbook } from '../../workbook/template/sample-workbook';
import type { TemplateResult } from '../operator-actions';
import type { ActionContext } from './action-context';

/** The user's time zone, where "today" is for the sample campaign. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Adds the input tables the workbook lacks (with their drop-downs), empty or holding the sample
 * campaign built around today; tables already there are kept as they are.
 *
 * @example await createTemplate(context, { sample: true }) // { kind: 'created', sheets: ['Campaigns', …] }
 */
export async function createTemplate(
  context: ActionContext,
  request: { readonly sample: boolean },
): Promise<TemplateResult> {
  const inventory = await context.host.inventory();
  const sample = request.sample ? buildSampleWorkbook(localDateOf(context.now(), localTimeZone())) : null;
  const plan = buildTemplatePlan({ sample, inventory });
  if (plan.ops.length === 0) {
    const present = new Set([...inventory.sheets, ...inventory.tables.map((t) => t.name)].map(normalizeName));
    const tables = Object.values(TABLE_LABELS).filter((label) => present.has(normalizeName(label)));
    return { kind: 'already_present', tables };
  }
  await context.host.apply(plan);
  return { kind: 'created', sheets: plan.newSheets };
}
