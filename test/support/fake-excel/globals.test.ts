/// <reference types="office-js" />
import { DARK_OFFICE_THEME, installFakeOffice } from './index';

describe('installing the globals', () => {
  test('on any object (a window in the browser), and uninstalled cleanly', () => {
    const fakeWindow: Record<string, unknown> = { Office: 'previous' };
    const fake = installFakeOffice(fakeWindow);
    expect(typeof (fakeWindow['Excel'] as { run: unknown }).run).toBe('function');
    expect(fakeWindow['OfficeExtension']).toBeDefined();
    fake.uninstall();
    expect(fakeWindow).toEqual({ Office: 'previous' });
  });

  test('Office.onReady, requirement sets, actions, task pane, settings', async () => {
    const fake = installFakeOffice(globalThis, { requirementSets: { ExcelApi: '1.12' } });
    try {
      const seen: string[] = [];
      const info = await Office.onReady((i) => seen.push(i.host as unknown as string));
      expect([info.host, seen]).toEqual(['Excel', ['Excel']]);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
      expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
      expect(Office.context.requirements.isSetSupported('SharedRuntime', '1.1')).toBe(false);
      fake.setRequirementSets({ ExcelApi: '1.17', SharedRuntime: '1.1' });
      expect(Office.context.requirements.isSetSupported('SharedRuntime')).toBe(true);
      const handler = (): void => undefined;
      Office.actions.associate('runTracking', handler);
      expect(fake.actions.get('runTracking')).toBe(handler);
      await Office.addin.showAsTaskpane();
      expect(fake.taskpane.shows).toBe(1);
      Office.context.document.settings.set('lastRun', '2026-11-24');
      expect(Office.context.document.settings.get('lastRun')).toBe('2026-11-24');
      expect(fake.settings.get('lastRun')).toBe('2026-11-24');
    } finally {
      fake.uninstall();
    }
  });

  test('Office.context.officeTheme: light by default, or the theme installed', () => {
    const light = installFakeOffice(globalThis);
    try {
      expect(Office.context.officeTheme.bodyBackgroundColor).toBe('#FFFFFF');
    } finally {
      light.uninstall();
    }
    const dark = installFakeOffice(globalThis, { officeTheme: DARK_OFFICE_THEME });
    try {
      expect(Office.context.officeTheme).toEqual(DARK_OFFICE_THEME);
      expect(Office.context.officeTheme.bodyForegroundColor).toBe('#FFFFFF');
    } finally {
      dark.uninstall();
    }
  });

  test('the enums hold the strings Office uses', () => {
    const fake = installFakeOffice(globalThis);
    try {
      expect(Excel.ChartType.barClustered).toBe('BarClustered');
      expect(Excel.ErrorCodes.invalidOperationInCellEditMode).toBe('InvalidOperationInCellEditMode');
      expect(OfficeExtension.ErrorCodes.propertyNotLoaded).toBe('PropertyNotLoaded');
    } finally {
      fake.uninstall();
    }
  });
});
