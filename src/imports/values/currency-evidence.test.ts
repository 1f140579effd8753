import { CurrencyEvidence } from './currency-evidence';

const ref = (value: string, line: number) => () => ({ line, columnIndex: 1, column: 'Currency', value });

function evidence(...codes: string[]): CurrencyEvidence {
  const e = new CurrencyEvidence();
  codes.forEach((c, i) => e.observe(c, ref(c, i + 2)));
  return e;
}

describe('currency check', () => {
  it('accepts an export in the campaign’s currency', () => {
    expect(evidence('eur', 'EUR').decide(undefined, 'EUR', 'C1')).toEqual({
      currency: 'EUR',
      assumed: false,
    });
  });

  it('assumes the campaign’s currency when the export says none', () => {
    expect(evidence().decide(undefined, 'USD', 'C1')).toEqual({ currency: 'USD', assumed: true });
    expect(evidence().decide('USD', 'USD', 'C1')).toEqual({ currency: 'USD', assumed: false });
  });

  it('refuses a mismatch, a conflict, a mix and an unknown code', () => {
    expect(evidence('EUR').decide(undefined, 'USD', 'C1')).toEqual({
      issue: { code: 'currency_mismatch', exportCurrency: 'EUR', campaignCurrency: 'USD', campaignId: 'C1' },
    });
    expect(evidence().decide('EUR', 'USD', 'C1')).toMatchObject({ issue: { code: 'currency_mismatch' } });
    expect(evidence('EUR').decide('USD', 'USD', 'C1')).toEqual({
      issue: { code: 'currency_conflict', declared: 'USD', found: 'EUR' },
    });
    expect(evidence('EUR', 'USD').decide(undefined, 'EUR', 'C1')).toEqual({
      issue: { code: 'mixed_currencies', first: 'EUR', ...ref('USD', 3)() },
    });
    expect(evidence('Euro').decide(undefined, 'EUR', 'C1')).toEqual({
      issue: { code: 'unknown_currency', ...ref('Euro', 2)() },
    });
  });
});
