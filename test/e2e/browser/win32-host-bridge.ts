/**
 * A stand-in for what Excel on Windows gives its web view before office.js starts: `window.external`
 * with `GetHostInfo()` and `GetContext()`, the native bridge office.js's Windows host file
 * (`excel-win32-16.01.js`) reads to initialise. With it the real office.js completes `Office.onReady`
 * in a plain Chromium, so the page runs as far as it does in Excel. Calls into Excel (`Execute`) are
 * recorded and never answered. Runs in the page (an init script): no imports, no closures.
 *
 * The method names and shapes are those `excel-win32-16.01.js` (npm `@microsoft/office-js`) calls;
 * the values are a test's (ExcelApi 1.17, en-US, a dark theme as Office's integers).
 */
export function installWin32HostBridge(): void {
  const calls: string[] = [];
  const context = {
    GetAppType: () => 1, // OSF.AppName.Excel
    GetSolutionRef: () => 'campaign-operator-test',
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => 'en-US',
    GetAppDataLocale: () => 'en-US',
    GetDocUrl: () => 'Book1.xlsx',
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => '',
    GetCorrelationId: () => '00000000-0000-0000-0000-000000000000',
    GetInstanceId: () => 'instance-1',
    GetTouchEnabled: () => false,
    GetCommerceAllowed: () => false,
    GetSupportedMatrix: () =>
      JSON.stringify({ ExcelApi: '1.17', SharedRuntime: '1.1', CustomFunctionsRuntime: '1.4' }),
    GetHostCustomMessage: () => '',
    GetHostFullVersion: () => '16.0.17000.20000',
    GetDialogRequirementMatrix: () => '{}',
    GetFeaturesForSolution: () => '{}',
    GetInitialDisplayMode: () => 0,
    GetSettings: () => ({ Read: () => undefined, Write: () => undefined }),
    GetOfficeThemeInfo: () =>
      JSON.stringify({
        bodyBackgroundColor: 0x202020,
        bodyForegroundColor: 0xffffff,
        controlBackgroundColor: 0x202020,
        controlForegroundColor: 0xffffff,
      }),
  };
  Object.assign(window, { __hostCalls: calls });
  Object.defineProperty(window, 'external', {
    configurable: true,
    value: {
      GetHostInfo: () => 'Excel$Win32$16.01$en-US$telemetry$$$0',
      GetContext: () => context,
      Execute: (id: unknown) => void calls.push(`Execute ${String(id)}`),
      RegisterEvent: (id: unknown) => void calls.push(`RegisterEvent ${String(id)}`),
      UnregisterEvent: () => undefined,
      MessageParent: () => undefined,
      MessageChild: () => undefined,
      GetLoggingAllowed: () => true,
    },
  });
}
