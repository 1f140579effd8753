/** What the fake `Office` global records and answers. */
export class OfficeState {
  /** Requirement set → highest supported version (`ExcelApi` → `1.17`). */
  readonly requirementSets = new Map<string, string>(Object.entries(DEFAULT_REQUIREMENT_SETS));
  readonly actions = new Map<string, (...args: unknown[]) => unknown>();
  readonly settings = new Map<string, unknown>();
  readonly taskpane = { shows: 0, hides: 0 };
  platform = 'OfficeOnline';
  /** `null`: `Office.context.officeTheme` is undefined (Excel on the web may leave it so). */
  officeTheme: OfficeThemeColors | null = LIGHT_OFFICE_THEME;
}

/** `Office.context.officeTheme`: the colours of the Office theme, as `#RRGGBB`. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

/** The fake's default: Office's white (light) theme. */
export const LIGHT_OFFICE_THEME: OfficeThemeColors = {
  bodyBackgroundColor: '#FFFFFF',
  bodyForegroundColor: '#000000',
  controlBackgroundColor: '#FFFFFF',
  controlForegroundColor: '#000000',
};

/** A dark Office theme (the fake's choice of greys; Office's exact values vary by version). */
export const DARK_OFFICE_THEME: OfficeThemeColors = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#333333',
  controlForegroundColor: '#FFFFFF',
};

export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: '1.17',
  SharedRuntime: '1.1',
  RibbonApi: '1.2',
  AddinCommands: '1.1',
  DialogApi: '1.2',
  CustomFunctionsRuntime: '1.4',
};

/** `1.10` > `1.9`: versions compare part by part (a number `1.1` is read as written). */
export function versionAtMost(wanted: string, supported: string): boolean {
  const a = wanted.split('.').map(Number);
  const b = supported.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

/** The `Office` global: `onReady`, `context` (requirements, settings), `actions.associate`, `addin`. */
export function makeOffice(state: OfficeState): Record<string, unknown> {
  const info = (): { host: string; platform: string } => ({ host: 'Excel', platform: state.platform });
  const settings = {
    get: (name: string): unknown => (state.settings.has(name) ? state.settings.get(name) : null),
    set: (name: string, value: unknown): void => void state.settings.set(name, value),
    remove: (name: string): void => void state.settings.delete(name),
    saveAsync: (...args: unknown[]): void => {
      const callback = args.find((a): a is (r: unknown) => void => typeof a === 'function');
      callback?.({ status: 'succeeded', value: undefined });
    },
  };
  return {
    onReady: (callback?: (i: { host: string; platform: string }) => void) => {
      callback?.(info());
      return Promise.resolve(info());
    },
    context: {
      get host() {
        return 'Excel';
      },
      get platform() {
        return state.platform;
      },
      diagnostics: {
        host: 'Excel',
        version: '16.0',
        get platform() {
          return state.platform;
        },
      },
      get officeTheme() {
        return state.officeTheme === null ? undefined : { ...state.officeTheme };
      },
      displayLanguage: 'en-US',
      contentLanguage: 'en-US',
      requirements: {
        isSetSupported: (name: string, version?: string | number): boolean => {
          const supported = state.requirementSets.get(name);
          if (supported === undefined) return false;
          return version === undefined || versionAtMost(String(version), supported);
        },
      },
      document: { settings },
    },
    actions: {
      associate: (name: string, fn: (...args: unknown[]) => unknown) => void state.actions.set(name, fn),
    },
    addin: {
      showAsTaskpane: () => ((state.taskpane.shows += 1), Promise.resolve()),
      hide: () => ((state.taskpane.hides += 1), Promise.resolve()),
    },
    HostType: {
      Excel: 'Excel',
      Word: 'Word',
      PowerPoint: 'PowerPoint',
      Outlook: 'Outlook',
      OneNote: 'OneNote',
      Project: 'Project',
      Access: 'Access',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
}
