import { type KeyboardEvent, useRef, useState } from 'react';

/**
 * A list folded behind a toggle button (the phone bar's "All topics" and "On this page"):
 * whether it is open, and Escape inside it closing it and returning focus to its button.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  return { open, setOpen, toggle, onKeyDown };
}
