import { useSignal, type Signal } from '@preact/signals';

export interface Status {
  message: Signal<string>;
  say(text: string): void;
}

export function useStatusMessage(): Status {
  const message = useSignal('');
  return { message, say: (text) => (message.value = text) };
}

/** One polite live region per page for confirmations ("Copied …"), so nothing steals focus. */
export function StatusMessage({ status }: { status: Status }) {
  return (
    <p class="status-bar" role="status">
      {status.message}
    </p>
  );
}
