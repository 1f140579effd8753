import { isNonConversionResult } from './result-indicator';

describe('Meta result indicators', () => {
  it.each([
    ['reach', true],
    ['actions:link_click', true],
    ['actions:video_view', true],
    ['Post engagement', true],
    ['actions:offsite_conversion.fb_pixel_purchase', false],
    ['actions:onsite_conversion.lead_grouped', false],
    ['complete_registration', false],
    ['', false],
  ])('%j is not a conversion: %s', (indicator, expected) => {
    expect(isNonConversionResult(indicator)).toBe(expected);
  });
});
