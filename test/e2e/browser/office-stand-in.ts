// The script the end-to-end test serves in place of Office.js (the page's first script): the
// in-memory Excel, installed on `window` as `Office`, `Excel` and `OfficeExtension` before the
// add-in's runtime runs, plus a recorder for custom functions. `Office.onReady` resolves at once.
import { installFakeOffice } from '../../support/fake-excel';
import type { StandInWindow } from './stand-in-window';

const page = window as unknown as StandInWindow;
page.__fakeExcel = installFakeOffice(window, page.__fakeOfficeOptions ?? {});
page.__customFunctions = [];
page.CustomFunctions = { associate: (id: string) => void page.__customFunctions.push(id) };
