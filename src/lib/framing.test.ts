import { describe, expect, it } from 'vitest';
import { type FramingWindow, isFramedByOtherOrigin } from './framing';

const APP = 'https://app.example';

const topAt = (origin: string) => ({ location: { origin } });

/** A window whose top page throws on location reads, as a cross-origin one does. */
const crossOriginTop = () => ({
  get location(): { origin: string } {
    throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
  },
});

const framedIn = (top: FramingWindow['top']): FramingWindow => ({
  self: {},
  top,
  location: { origin: APP },
});

describe('isFramedByOtherOrigin', () => {
  it('is false for a top-level page', () => {
    const win = {
      top: null as FramingWindow['top'],
      self: null as unknown,
      location: { origin: APP },
    };
    win.self = win;
    win.top = win;
    expect(isFramedByOtherOrigin(win)).toBe(false);
  });

  it('is false in a frame whose top page has the same origin', () => {
    expect(isFramedByOtherOrigin(framedIn(topAt(APP)))).toBe(false);
  });

  it('is true when reading the top page’s location throws (another origin)', () => {
    expect(isFramedByOtherOrigin(framedIn(crossOriginTop()))).toBe(true);
  });

  it('is true when the top page’s origin can be read and differs', () => {
    expect(isFramedByOtherOrigin(framedIn(topAt('https://evil.example')))).toBe(true);
    expect(isFramedByOtherOrigin(framedIn(topAt('http://app.example')))).toBe(true);
  });

  it('is false when there is no top window (a detached document)', () => {
    expect(isFramedByOtherOrigin(framedIn(null))).toBe(false);
  });

  it('accepts the real window: jsdom runs the tests as a top-level page', () => {
    expect(isFramedByOtherOrigin(window)).toBe(false);
  });
});
