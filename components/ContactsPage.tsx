import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { BANK_HOLIDAYS } from '../lib/contacts/bank-holidays';
import type { PageEnv } from '../lib/page-env';
import { ContactsView } from './ContactsView';
import { PageShell } from './PageShell';
import { useStatusMessage } from './StatusMessage';

interface Props {
  env: PageEnv;
  variant: 'popup' | 'sidepanel';
  /** Between "Call now" and the full list; gets the page's live-region `say`. */
  children(say: (message: string) => void): ComponentChildren;
  /** After the contacts (the side panel's shortcut list). */
  footer?: ComponentChildren;
  foldDirectory?: boolean;
}

/** The popup and the side panel: frame, area, "Call now", then the page's own part and every contact. */
export function ContactsPage({ env, variant, children, footer, foldDirectory }: Props) {
  const status = useStatusMessage();
  // For the benchmark: the area's own numbers are on screen (a mark is cheap and always on).
  useEffect(() => void performance.mark('sc:numbers-shown'), []);
  return (
    <PageShell variant={variant} onExit={env.quickExit.trigger} shortcuts={env.shortcuts} status={status}>
      <ContactsView
        store={env.contacts}
        areas={env.areaIndex}
        bankHolidays={BANK_HOLIDAYS}
        lookupPostcode={env.lookupPostcode}
        onCopy={env.copyAndSay(status.say)}
        foldDirectory={foldDirectory}
      >
        {children(status.say)}
      </ContactsView>
      {footer}
    </PageShell>
  );
}
