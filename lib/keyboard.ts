// Single-key shortcuts inside our pages must never fire while someone is typing a note.
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || !!el.closest('input, textarea, select, [contenteditable="true"]');
}

/** "/" jumps to search, as on GOV.UK and GitHub. Returns a function that removes the listener. */
export function bindSlashToFocus(doc: Document, targetId: string): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
    const target = doc.getElementById(targetId);
    if (!target) return;
    e.preventDefault();
    // A folded list (the side panel folds it while a draft is open) opens first.
    const fold = target.closest('details');
    if (fold && !fold.open) fold.open = true;
    target.focus();
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
