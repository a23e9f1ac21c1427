// Copy text for the practitioner to paste into a council form or a phone dialler.
// navigator.clipboard needs focus and a secure context; an extension page has both, but a
// side panel that lost focus (or older Firefox settings) may refuse, so fall back to the old
// selection route. If that fails too the promise rejects, and the caller shows the text to
// copy by hand.
export async function copyText(text: string, doc: Document = document): Promise<void> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return;
    } catch {
      // fall through to the textarea
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.append(area);
  // Selecting moves focus to the textarea; give it back to the button that was pressed.
  const focused = doc.activeElement as HTMLElement | null;
  area.select();
  const ok = doc.execCommand?.('copy') ?? false;
  area.remove();
  focused?.focus();
  if (!ok) throw new Error('The browser refused to copy. Select the text and press Ctrl+C.');
}
