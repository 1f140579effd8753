/// <reference types="office-js" />
import { fakeHost } from '../../test/support/office-host-kit';
import { counterIds } from '../engine/testing/counter-ids';
import type { FakeExcel } from '../../test/support/fake-excel';
import type * as ImportActions from './actions/import-actions';
import { createOfficeActions } from './create-office-actions';

type ImportActionsModule = typeof ImportActions;

let loads = 0;
jest.mock('./actions/import-actions', () => {
  loads += 1;
  if (loads === 1) throw new Error('Loading chunk imports failed');
  return jest.requireActual<ImportActionsModule>('./actions/import-actions');
});

let fake: FakeExcel;
afterEach(() => fake.uninstall());

describe('createOfficeActions: the importers load on the first import', () => {
  it('asks again for a chunk that failed to load, then keeps the one that loaded', async () => {
    const made = fakeHost();
    fake = made.fake;
    const actions = createOfficeActions({ host: made.host, now: () => 0, newId: counterIds() });
    const request = { source: { kind: 'selection' }, campaignId: 'C-1', mode: 'replace' } as const;
    expect(loads).toBe(0);

    await expect(actions.prepareImport(request)).rejects.toThrow('Loading chunk imports failed');
    const second = await actions.prepareImport(request);
    const third = await actions.prepareImport(request);

    expect(second.kind).toBe('import_problems');
    expect(third).toEqual(second);
    expect(loads).toBe(2);
  });
});
