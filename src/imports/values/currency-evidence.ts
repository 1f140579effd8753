import type { ImportCellRef, ImportIssue } from '../../engine/issues/import-issue';
import { isKnownCurrency } from '../../engine/money/currency';

/** The outcome of the currency check: the export's currency, or the campaign's when it says none. */
export type CurrencyDecision =
  { readonly currency: string; readonly assumed: boolean } | { readonly issue: ImportIssue };

/**
 * The export's currency, from a currency column (`Currency code`, `Currency`, `Moeda`) and from
 * headers such as `Amount spent (EUR)`. Every occurrence must agree; the first disagreement is kept.
 */
export class CurrencyEvidence {
  private first: string | null = null;
  private problem: ImportIssue | null = null;

  observe(text: string, ref: () => ImportCellRef): void {
    if (this.problem !== null) return;
    const code = text.trim().toUpperCase();
    if (!isKnownCurrency(code)) {
      this.problem = { code: 'unknown_currency', ...ref() };
    } else if (this.first === null) {
      this.first = code;
    } else if (code !== this.first) {
      this.problem = { code: 'mixed_currencies', first: this.first, ...ref() };
    }
  }

  /**
   * Checks the export against `--currency` (when given) and the campaign's currency.
   *
   * @example new CurrencyEvidence().decide(undefined, 'USD', 'C1') // { currency: 'USD', assumed: true }
   */
  decide(declared: string | undefined, campaignCurrency: string, campaignId: string): CurrencyDecision {
    if (this.problem !== null) return { issue: this.problem };
    if (declared !== undefined && this.first !== null && declared !== this.first) {
      return { issue: { code: 'currency_conflict', declared, found: this.first } };
    }
    const exportCurrency = this.first ?? declared ?? null;
    if (exportCurrency === null) return { currency: campaignCurrency, assumed: true };
    if (exportCurrency !== campaignCurrency) {
      return { issue: { code: 'currency_mismatch', exportCurrency, campaignCurrency, campaignId } };
    }
    return { currency: exportCurrency, assumed: false };
  }
}
