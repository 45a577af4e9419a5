/** The parts of a window the check reads, so tests can pass plain objects. */
export type FramingWindow = {
  readonly self: unknown;
  readonly top: { readonly location: { readonly origin: string } } | null;
  readonly location: { readonly origin: string };
};

/**
 * True when this page sits in a frame whose top page belongs to another origin: the setting in
 * which a hostile page can cover the app and steer a reader's clicks (clickjacking). Browsers
 * refuse to let a page read another origin's location, so a throw means "another origin".
 * A sandboxed frame has an opaque origin and throws too, which counts as another origin.
 */
export function isFramedByOtherOrigin(win: FramingWindow): boolean {
  const top = win.top;
  if (top === null || top === win.self) return false;
  try {
    return top.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}
