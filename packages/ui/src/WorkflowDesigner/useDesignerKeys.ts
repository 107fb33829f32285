import type { KeyboardEvent } from 'react';

/**
 * Designer shortcuts: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl+Y redo, Delete removes the
 * selection. Ignored while typing in a field.
 */
export function designerKeyHandler(actions: {
  undo: () => void;
  redo: () => void;
  remove: () => void;
}) {
  return (e: KeyboardEvent<HTMLElement>) => {
    const el = e.target as HTMLElement;
    if (el.closest('input, textarea, select, [contenteditable="true"]')) return;
    const mod = e.ctrlKey || e.metaKey;
    const k = e.key.toLowerCase();
    if (mod && k === 'z' && !e.shiftKey) actions.undo();
    else if (mod && (k === 'y' || (k === 'z' && e.shiftKey))) actions.redo();
    else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) actions.remove();
    else return;
    e.preventDefault();
  };
}
