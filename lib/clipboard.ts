// Copy text for the practitioner to paste into a council form or a phone dialler.
// navigator.clipboard needs focus and a secure context; an extension page has both, but a
// side panel that lost focus may refuse, so fall back to the old selection route.
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    const ok = doc.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('The browser refused to copy. Select the text and press Ctrl+C.');
  }
}
