/// <reference types="office-js" />
import { installFakeOffice, type FakeExcel } from '../../test/support/fake-excel';
import { checkRequirementSets } from './requirement-sets';

let fake: FakeExcel;
beforeEach(() => (fake = installFakeOffice(globalThis)));
afterEach(() => fake.uninstall());

describe('requirement sets', () => {
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
