import type { ImportReview } from '../../../src/engine/issues/import-summary';
import { reviewAction, reviewTotal, reviewValue } from '../../../src/engine/messages/render-import-review';
import { Pairs } from './Pairs';
import { useLayoutStyles } from './layout-styles';

export interface ImportReviewViewProps {
  readonly review: ImportReview;
  readonly currency: string;
}

const FIGURES = [
  ['Spend', 'cost'],
  ['Impressions', 'impressions'],
  ['Clicks', 'clicks'],
  ['Conversions', 'conversions'],
] as const;

/**
 * What an import will write, to check before writing: the days covered, the totals (blank figures
 * counted, never zeros), channels and ad campaigns, and the first rows as they will be written.
 *
 * @example <ImportReviewView review={preview.review} currency={preview.currency} />
 */
export function ImportReviewView({ review, currency }: ImportReviewViewProps) {
  const styles = useLayoutStyles();
  const dates =
    review.dates === null
      ? 'no dates'
      : review.dates.first === review.dates.last
        ? review.dates.first
        : `${review.dates.first} to ${review.dates.last}`;
  const total = (label: string, figure: (typeof FIGURES)[number][1]) => {
    const shown = reviewTotal(review, figure, currency);
    const blanks = review.blankRows[figure];
    return [
      label,
      review.totals[figure] !== null && blanks > 0 ? `${shown} (${blanks} blank)` : shown,
    ] as const;
  };
  return (
    <div className={styles.section}>
      <Pairs
        pairs={[
          [
            'Dates',
            review.undatedRows > 0 && review.dates !== null
              ? `${dates}, ${review.undatedRows} undated`
              : dates,
          ],
          ['Rows', review.rows],
          ['Channels', review.channels],
          ['Ad campaigns', review.adCampaigns],
          ...FIGURES.map(([label, figure]) => total(label, figure)),
        ]}
      />
      {review.firstRows.length > 0 ? (
        <>
          <p className={styles.paragraph}>
            {review.firstRows.length === review.rows ? 'Rows' : `First ${review.firstRows.length} rows`} as
            they will be written:
          </p>
          <ul className={styles.list} aria-label="Rows as they will be written">
            {review.firstRows.map((row, index) => (
              <li key={index} className={styles.note}>
                {`${reviewAction(row)}: ${row.values
                  .map(
                    (value, i) =>
                      `${review.columns[i] ?? ''} ${reviewValue(value, review.columns[i] ?? '', currency)}`,
                  )
                  .join(' · ')}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
