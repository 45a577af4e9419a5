import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReaderData } from './reader-data';

describe('ReaderData', () => {
  it('prerenders no reader data, only the line for a browser without JavaScript', () => {
    const html = renderToString(
      <ReaderData needsJavaScript="Your notebook needs JavaScript, which is off in this browser.">
        <p>No notes yet.</p>
      </ReaderData>,
    );
    expect(html).not.toContain('No notes yet');
    expect(html).toContain(
      '<noscript><p class="needs-javascript">Your notebook needs JavaScript, which is off in this browser',
    );
    expect(html).toContain('class="reader-data"');
  });

  it('shows the reader’s data in the browser', () => {
    render(
      <ReaderData needsJavaScript="Your notebook needs JavaScript, which is off in this browser.">
        <p>No notes yet.</p>
      </ReaderData>,
    );
    expect(screen.getByText('No notes yet.')).toBeInTheDocument();
  });
});
