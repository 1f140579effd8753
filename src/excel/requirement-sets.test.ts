/// <reference types="office-js" />
import { installFakeOffice, type FakeExcel } from '../../test/support/fake-excel';
import { API_REQUIREMENTS, checkRequirementSets, REQUIRED_EXCEL_API } from './requirement-sets';

let fake: FakeExcel;
beforeEach(() => (fake = installFakeOffice(globalThis)));
afterEach(() => fake.uninstall());

const parts = (v: string) => v.split('.').map(Number);
const newer = (a: string, b: string) => {
  const [x = 0, y = 0] = parts(a);
  const [p = 0, q = 0] = parts(b);
  return x !== p ? x > p : y > q;
};

describe('requirement sets', () => {
  test('the version checked is the highest the host uses', () => {
    const highest = API_REQUIREMENTS.map((r) => r.version).reduce((a, b) => (newer(b, a) ? b : a));
    expect(REQUIRED_EXCEL_API).toBe(highest);
  });

  test('passes where Excel has ExcelApi 1.9', () => {
    fake.setRequirementSets({ ExcelApi: '1.9' });
    expect(() => checkRequirementSets()).not.toThrow();
  });

  test('names the missing set and where it is available', () => {
    fake.setRequirementSets({ ExcelApi: '1.8' });
    expect(() => checkRequirementSets()).toThrow(
      'This add-in needs the Excel JavaScript API ExcelApi 1.9, which this Excel does not have. It is in Excel on the web, Microsoft 365 on Windows (version 1903, build 11425.20204, or later), Excel 2021 or later',
    );
  });
});
