import { OperatorError } from './office-error';
import { officeMessage, OFFICE_ERROR_MESSAGES, toOperatorError } from './office-messages';

describe('office messages', () => {
  test.each(Object.entries(OFFICE_ERROR_MESSAGES))(
    '%s has a sentence that ends with a full stop',
    (_code, text) => {
      expect(text).toMatch(/^[A-Z].+\.$/);
    },
  );

  test('an unknown code still tells what to do, and names the code', () => {
    expect(officeMessage('Conflict')).toBe(
      'Excel could not finish the run. Save the workbook, then run again. (Excel error: Conflict)',
    );
  });

  test('an Office error becomes an OperatorError with its code; one passes through', () => {
    const office = Object.assign(new Error('raw'), { code: 'ItemNotFound' });
    expect(toOperatorError(office)).toMatchObject({
      code: 'ItemNotFound',
      message: OFFICE_ERROR_MESSAGES['ItemNotFound'],
    });
    const mine = new OperatorError('X', 'already for people');
    expect(toOperatorError(mine)).toBe(mine);
    expect(toOperatorError(new TypeError('boom')).message).toContain('(boom)');
  });
});
