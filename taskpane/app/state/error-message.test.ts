import { errorMessage } from './error-message';

describe('errorMessage', () => {
  it.each<[string, unknown, string]>([
    ['an Error', new Error('The workbook is read-only.'), 'The workbook is read-only.'],
    ['a string', 'Sheet protected', 'Sheet protected'],
    [
      'an Office error object',
      { code: 'ItemNotFound', message: 'The sheet was not found.' },
      'The sheet was not found.',
    ],
    ['an Error without a message', new Error(''), 'Something went wrong, with no further detail.'],
    ['undefined', undefined, 'Something went wrong, with no further detail.'],
    ['a number', 42, 'Something went wrong, with no further detail.'],
  ])('%s', (_name, reason, text) => {
    expect(errorMessage(reason)).toBe(text);
  });
});
