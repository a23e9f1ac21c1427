// Clipboard with a fallback: navigator.clipboard can be refused (no focus, older Firefox
// settings); a selected textarea with execCommand('copy') still works from a click.
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
  const focused = doc.activeElement as HTMLElement | null;
  area.select();
  const ok = doc.execCommand?.('copy') ?? false;
  area.remove();
  focused?.focus();
  if (!ok) throw new Error('Could not copy. Select the text and copy it yourself.');
}
