import { themeForBackground } from './pane-theme';

describe('themeForBackground', () => {
  // Luminance L = 0.2126 R + 0.7152 G + 0.0722 B over linearised channels; dark below 0.5.
  it.each([
    ['#FFFFFF', 'light'], // L = 1
    ['#000000', 'dark'], // L = 0
    ['#1F1F1F', 'dark'], // Office dark grey: 0x1F/255 = 0.1216 → 0.0137
    ['#262626', 'dark'], // Office "dark gray" theme
    ['#E6E6E6', 'light'], // Office colorful: 0.9020 → 0.7913
    ['#fff', 'light'], // three digits
    ['#BCBCBC', 'light'], // 188/255 = 0.7373 → ((0.7373 + 0.055) / 1.055)^2.4 = 0.5029, just above
    ['#BBBBBB', 'dark'], // 187/255 = 0.7333 → 0.4969, just below
  ])('%s is %s', (color, theme) => {
    expect(themeForBackground(color)).toBe(theme);
  });

  it('uses light when the colour does not parse', () => {
    expect(themeForBackground(undefined)).toBe('light');
    expect(themeForBackground('white')).toBe('light');
    expect(themeForBackground('#12345')).toBe('light');
  });
});
