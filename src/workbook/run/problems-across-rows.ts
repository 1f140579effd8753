import type { Issue } from '../../engine/issues/issue';
import { TABLE_LABELS } from '../../engine/model/labels';
import type { TrackingInput } from '../../engine/model/tracking-input';
import { chooseCampaigns } from '../../engine/run/choose-campaigns';
import { checkAcrossRows } from '../../engine/validate/validate-input';

/** Whether a table's shape (not a cell) is wrong: missing or ambiguous table, missing or doubled column. */
const isShapeIssue = (issue: Issue): boolean =>
  issue.path.length === 1 || (issue.path.length === 2 && typeof issue.path[1] === 'string');

const failedIn = (issues: readonly Issue[], table: string, field?: string): boolean =>
  issues.some(
    (i) =>
      i.severity === 'error' &&
      i.path[0] === table &&
      (field === undefined ? isShapeIssue(i) : i.path.length === 3 && i.path[2] === field),
  );

/**
 * The problems the engine finds across rows and tables (duplicate ids, references, cycles, dates,
 * budgets, KPI targets; an unknown chosen campaign) in a workbook the reader found errors in, so
 * that one run reports them all. None when Campaigns or Tasks lacks its shape (every reference
 * would look unknown); and a reference is not called unknown while a Campaign ID or Task ID cell it
 * may name could not be read.
 *
 * @example problemsAcrossRows(read.issues, read.input, ['C-9']) // [{ code: 'unknown_campaign', … }]
 */
export function problemsAcrossRows(
  readIssues: readonly Issue[],
  input: TrackingInput,
  chosen: readonly string[],
): Issue[] {
  if (failedIn(readIssues, 'campaigns') || failedIn(readIssues, 'tasks')) return [];
  const campaignIdUnread = failedIn(readIssues, 'campaigns', 'campaignId');
  const taskIdUnread = failedIn(readIssues, 'tasks', 'taskId');
  const choice = chosen.length === 0 ? null : chooseCampaigns(input.campaigns, chosen);
  const unknownChosen =
    choice === null || choice.ok ? [] : choice.issues.filter((i) => i.code === 'unknown_campaign');
  return [...checkAcrossRows(input), ...unknownChosen].filter((i) => {
    if (i.code === 'unknown_campaign') return !campaignIdUnread;
    if (i.code !== 'unknown_reference') return true;
    return i.table === TABLE_LABELS.campaigns ? !campaignIdUnread : !taskIdUnread;
  });
}
