import { displayText, generalNumber } from './number-format';

describe('Range.text under a number format', () => {
  test.each([
    [1234.5, 'General', '1234.5'],
    [0.1 + 0.2, 'General', '0.3'],
    [1 / 3, 'General', '0.333333333'],
    [123456789012, 'General', '1.23457E+11'],
    [42, '@', '42'],
    [3.14159, '0', '3'],
    [2.5, '0', '3'],
    [3.14159, '0.00', '3.14'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [1234, '#,##0', '1,234'],
    [0.035, '0.0%', '3.5%'],
    [0.12, '0%', '12%'],
    [100000, '0.00E+00', '1.00E+05'],
    [1234.5, '$#,##0.00', '$1,234.50'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [-5, '0;(0)', '(5)'],
    [0, '0;-0;"zero"', 'zero'],
    [7, '0" days"', '7 days'],
    [46350, 'yyyy-mm-dd', '2026-11-24'],
    [46350, 'm/d/yyyy', '11/24/2026'],
    [46350.5, 'yyyy-mm-dd hh:mm', '2026-11-24 12:00'],
    [46350.75, 'm/d/yyyy h:mm AM/PM', '11/24/2026 6:00 PM'],
    [46350, 'mmm d, yyyy', 'Nov 24, 2026'],
    [46350, 'dddd', 'Tuesday'],
    [14.5 / 24, 'h:mm', '14:30'],
  ])('%d under %j shows %j', (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });

  test('text, booleans, errors and blanks', () => {
    expect(displayText('abc', '0.00')).toBe('abc');
    expect(displayText('abc', '"Name: "@')).toBe('Name: abc');
    expect(displayText(true, 'General')).toBe('TRUE');
    expect(displayText({ error: '#N/A' }, 'General')).toBe('#N/A');
    expect(displayText(null, '0.00')).toBe('');
  });

  test('2026-11-24 is a Tuesday (checked against the JavaScript calendar)', () => {
    expect(new Date(Date.UTC(2026, 10, 24)).getUTCDay()).toBe(2);
  });

  test('General keeps integers of up to 11 digits', () => {
    expect(generalNumber(12345678901)).toBe('12345678901');
    expect(generalNumber(-0.5)).toBe('-0.5');
  });
});
