import { playgroundOptions, playgroundQuery } from './options';

describe('playgroundOptions', () => {
  test.each([
    ['', { workbook: 'empty', theme: 'light' }],
    ['?workbook=sample', { workbook: 'sample', theme: 'light' }],
    ['?workbook=empty&theme=dark', { workbook: 'empty', theme: 'dark' }],
    ['?workbook=SAMPLE&theme=purple', { workbook: 'empty', theme: 'light' }],
  ] as const)('%j', (search, options) => {
    expect(playgroundOptions(search)).toEqual(options);
    expect(playgroundOptions(playgroundQuery(options))).toEqual(options);
  });
});
