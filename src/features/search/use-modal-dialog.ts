import { type RefObject, useEffect, useRef } from 'react';

/**
 * Shows a <dialog> as modal while the component is mounted (focus stays inside, the page behind
 * is inert) and, once it has gone, puts focus back on what had it before, unless `returnFocus`
 * was set to false first: a dialog leaving for another page lets that page place focus.
 * The focus moves back in the effect's cleanup, which runs after the dialog has left the DOM:
 * while it is modal, nothing behind it can take focus.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>) {
  const returnFocus = useRef(true);
  useEffect(() => {
    const before = document.activeElement;
    const element = dialog.current;
    element?.showModal();
    return () => {
      element?.close();
      if (returnFocus.current && before instanceof HTMLElement) before.focus();
    };
  }, [dialog]);
  return returnFocus;
}
