/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CAMPAIGNS } from '../testing/fake-actions';
import { renderInPane } from '../testing/render-pane';
import { CampaignPicker } from './CampaignPicker';

describe('CampaignPicker', () => {
  it('reports the chosen campaign, and null for all active campaigns', async () => {
    const onChange = jest.fn();
    renderInPane(
      <CampaignPicker
        campaigns={CAMPAIGNS}
        value="C-SPRING"
        disabled={false}
        onChange={onChange}
        onReload={jest.fn()}
      />,
    );
    const picker = screen.getByRole('combobox', { name: 'Campaigns to check' });
    await userEvent.selectOptions(picker, 'C-WEBINAR');
    await userEvent.selectOptions(picker, '');
    expect(onChange.mock.calls).toEqual([['C-WEBINAR'], [null]]);
  });

  it('groups active campaigns apart from the others', () => {
    renderInPane(
      <CampaignPicker
        campaigns={CAMPAIGNS}
        value={null}
        disabled={false}
        onChange={jest.fn()}
        onReload={jest.fn()}
      />,
    );
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Active', 'Not active']);
    expect(
      within(groups[1] ?? document.body)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Winter sale (C-OLD) — paused']);
  });

  it('reloads the campaigns on request, and refuses while disabled', async () => {
    const onReload = jest.fn();
    const { rerender } = renderInPane(
      <CampaignPicker
        campaigns={null}
        value={null}
        disabled={false}
        onChange={jest.fn()}
        onReload={onReload}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload campaigns' }));
    rerender(
      <CampaignPicker campaigns={null} value={null} disabled onChange={jest.fn()} onReload={onReload} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload campaigns' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('combobox') as HTMLSelectElement).disabled).toBe(true);
  });
});
