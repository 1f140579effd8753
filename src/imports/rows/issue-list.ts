import type { ImportIssue } from '../../engine/issues/import-issue';

/** Problems listed before the rest are only counted: a broken 200,000-row file gives 50 lines, not 200,000. */
export const MAX_LISTED_ISSUES = 50;

/** The problems found so far: the first ones in full, the rest counted. */
export class IssueList {
  readonly listed: ImportIssue[] = [];
  more = 0;

  add(issue: ImportIssue): void {
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(issue);
    else this.more++;
  }

  get empty(): boolean {
    return this.listed.length === 0;
  }
}
