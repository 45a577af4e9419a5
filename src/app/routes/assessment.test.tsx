import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { withAssessmentSaved } from '@/store/slices/checkup-records';
import { renderRoute, resetStore } from '@/testing/render-route';

beforeEach(() => {
  resetStore();
  window.sessionStorage.clear();
});

describe('check-up page', () => {
  it('starts with the check-up, says what it is not, and asks for at least one answer', async () => {
    renderRoute('/assessment');
    expect(await screen.findByRole('heading', { name: 'Take the check-up' })).toBeInTheDocument();
    expect(screen.getByText(/not a validated psychometric test/)).toBeInTheDocument();
    expect(screen.queryByText(/%/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'See my results' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/at least one item/);
    expect(Object.keys(useAppStore.getState().assessments)).toHaveLength(0);
  });

  it('saves the answers as levels and shows the results, with the evidence kept', async () => {
    renderRoute('/assessment');
    const question = await screen.findByRole('group', {
      name: "How close do you stay to the team's designs and code?",
    });
    await userEvent.click(
      within(question).getByRole('radio', { name: /I still review designs weekly/ }),
    );
    await userEvent.type(
      within(question).getByRole('textbox', { name: /^Evidence, in a line \(optional\)/ }),
      'Reviewed the <b>cache</b> design',
    );
    await userEvent.click(screen.getByRole('button', { name: 'See my results' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: /^Your check-up of/ }),
    ).toBeInTheDocument();
    const [result] = Object.values(useAppStore.getState().assessments);
    expect(result?.answers['design-reading']).toEqual({
      level: 4,
      evidence: 'Reviewed the <b>cache</b> design',
    });
    const table = screen.getByRole('table', { name: /^Check-up by area/ });
    expect(within(table).getAllByRole('row')).toHaveLength(10);
    expect(
      within(table).getByRole('row', { name: /Fear: losing your technical edge 100/ }),
    ).toBeInTheDocument();
    expect(within(table).getAllByText('Not scored')).toHaveLength(8);
    // The statement chosen and the evidence are there to read back.
    const answers = screen.getByText('Your answers and evidence').closest('details') as HTMLElement;
    expect(answers).toHaveTextContent(/I still review designs weekly/);
    expect(answers).toHaveTextContent('Evidence: Reviewed the <b>cache</b> design');
    expect(answers.querySelector('b')).toBeNull();
  });

  it('an evidence line that would pass its length is not changed, and says why', async () => {
    renderRoute('/assessment');
    const question = await screen.findByRole('group', {
      name: "How close do you stay to the team's designs and code?",
    });
    const evidence = within(question).getByRole('textbox', { name: /^Evidence, in a line/ });
    await userEvent.click(evidence);
    await userEvent.paste('e'.repeat(501));
    expect(within(question).getByRole('alert')).toHaveTextContent(/holds up to 500 characters/);
    expect(evidence).toHaveValue('');
  });

  it('a check-up under way stays on screen when one finished in another tab arrives', async () => {
    renderRoute('/assessment');
    const question = await screen.findByRole('group', {
      name: "How close do you stay to the team's designs and code?",
    });
    await userEvent.click(within(question).getAllByRole('radio')[1] as HTMLElement);
    // Another tab's result arrives through the store, as a storage event would bring it.
    act(() =>
      useAppStore
        .getState()
        .updateRecords((state, now) =>
          withAssessmentSaved(state, { 'one-on-ones': { level: 2 } }, undefined, now),
        ),
    );
    expect(screen.getByRole('heading', { name: 'Take the check-up' })).toBeInTheDocument();
    expect(within(question).getAllByRole('radio')[1]).toBeChecked();
  });

  it('a check-up under way comes back after the page is left and opened again', async () => {
    const first = renderRoute('/assessment');
    const question = await screen.findByRole('group', {
      name: "How close do you stay to the team's designs and code?",
    });
    await userEvent.click(within(question).getAllByRole('radio')[2] as HTMLElement);
    await userEvent.type(
      within(question).getByRole('textbox', { name: /^Evidence, in a line/ }),
      'Skimmed one',
    );
    first.unmount();

    renderRoute('/assessment');
    const again = await screen.findByRole('group', {
      name: "How close do you stay to the team's designs and code?",
    });
    await waitFor(() => expect(within(again).getAllByRole('radio')[2]).toBeChecked());
    expect(within(again).getByRole('textbox', { name: /^Evidence, in a line/ })).toHaveValue(
      'Skimmed one',
    );
    // Completed, the check-up is a result, and the draft is gone.
    await userEvent.click(screen.getByRole('button', { name: 'See my results' }));
    await screen.findByRole('heading', { level: 2, name: /^Your check-up of/ });
    expect(window.sessionStorage.length).toBe(0);
  });

  it('lists earlier check-ups for comparison', async () => {
    useAppStore
      .getState()
      .updateRecords((state) =>
        withAssessmentSaved(
          withAssessmentSaved(
            state,
            { 'design-reading': { level: 1 } },
            undefined,
            '2026-11-01T12:00:00.000Z',
          ),
          { 'design-reading': { level: 3 } },
          undefined,
          '2026-11-20T12:00:00.000Z',
        ),
      );
    renderRoute('/assessment');
    const history = await screen.findByRole('region', { name: 'Your check-ups' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
    expect(within(history).getByRole('combobox', { name: 'From' })).toBeInTheDocument();
    const results = screen.getByRole('table', { name: /^Check-up by area/ });
    expect(
      within(results).getByRole('row', { name: /Fear: losing your technical edge 75 25 Up 50/ }),
    ).toBeInTheDocument();
  });
});
