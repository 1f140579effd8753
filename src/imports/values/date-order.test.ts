import { DateOrderEvidence, pairDate, pairEvidence } from './date-order';

const ref = (value: string, line = 2) => ({ line, columnIndex: 0, column: 'Day', value });
const pair = (text: string) => {
  const [first, second, year] = text.split('/').map(Number);
  return { first: first ?? 0, second: second ?? 0, year: year ?? 0 };
};

function evidenceOf(values: readonly string[]): DateOrderEvidence {
  const e = new DateOrderEvidence();
  values.forEach((v, i) => e.observe(pair(v), ref(v, i + 2)));
  return e;
}

describe('date order', () => {
  it.each([
    ['25/03/2025', 'DMY'],
    ['03/25/2025', 'MDY'],
    ['03/04/2025', 'either'],
    ['04/04/2025', 'same'],
    ['31/02/2025', 'neither'],
    ['13/13/2025', 'neither'],
  ])('%s says %s', (text, evidence) => {
    expect(pairEvidence(pair(text))).toBe(evidence);
  });

  it('decides from any value that proves the order', () => {
    expect(evidenceOf(['03/04/2025', '01/02/2025', '25/03/2025']).decide(undefined)).toEqual({
      order: 'DMY',
    });
    expect(evidenceOf(['03/04/2025', '12/31/2025']).decide(undefined)).toEqual({ order: 'MDY' });
    expect(evidenceOf(['04/04/2025']).decide(undefined)).toEqual({ order: null });
    expect(pairDate(pair('25/03/2025'), 'DMY')).toBe('2025-03-25');
  });

  it('refuses a column that no value decides, with examples', () => {
    expect(evidenceOf(['03/04/2025', '05/06/2025', '03/04/2025']).decide(undefined)).toEqual({
      issue: { code: 'ambiguous_dates', column: 'Day', examples: ['03/04/2025', '05/06/2025'] },
    });
  });

  it('takes the user’s format, unless a value contradicts it', () => {
    expect(evidenceOf(['03/04/2025']).decide('MDY')).toEqual({ order: 'MDY' });
    expect(evidenceOf(['03/04/2025', '25/03/2025']).decide('MDY')).toEqual({
      issue: { code: 'date_format_contradicted', dateFormat: 'MDY', ...ref('25/03/2025', 3) },
    });
  });

  it('refuses a column written both ways', () => {
    expect(evidenceOf(['25/03/2025', '03/25/2025']).decide(undefined)).toEqual({
      issue: { code: 'inconsistent_dates', dayFirst: ref('25/03/2025', 2), monthFirst: ref('03/25/2025', 3) },
    });
  });
});
