import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@/store/app-store';
import { EXPERIMENT_WHY_MAX_LENGTH } from '@/store/format/limits';
import { resetStore } from '@/testing/render-route';
import { ExperimentTracker } from './experiment-tracker';

beforeEach(resetStore);

describe('the "why" line of an experiment', () => {
  it('keeps a paste past its limit instead of cutting it', async () => {
    useAppStore.getState().logExperiment('t', 'x', { tried: true, why: 'It drained me.' });
    render(<ExperimentTracker topic="t" experiment={{ id: 'x', title: 'Try it' }} />);
    const line = screen.getByRole('textbox', { name: 'Why, in a line' });
    const long = `${'w'.repeat(EXPERIMENT_WHY_MAX_LENGTH)} and the rest of the story`;
    fireEvent.change(line, { target: { value: `It drained me.${long}` } });
    expect(useAppStore.getState().experiments.x?.why).toBe('It drained me.');
    await userEvent.click(screen.getByRole('button', { name: 'Save what I added as a new note' }));
    const notes = Object.values(useAppStore.getState().notes).map((note) => note.body);
    expect(notes.join('')).toBe(long);
    expect(screen.getByRole('status')).toHaveTextContent('Saved as a new note');
  });
});
