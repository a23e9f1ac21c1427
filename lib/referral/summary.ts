// One line for the popup about drafts still to submit; nothing at all when there are none.
import { formatDuration } from './deadline';
import type { Draft } from './schema';

export function draftsSummaryText(drafts: readonly Draft[], now: Date): string | null {
  const open = drafts.filter((d) => !d.submittedAt);
  if (open.length === 0) return null;
  const dues = open.filter((d) => d.dueAt).map((d) => Date.parse(d.dueAt!));
  const overdue = dues.filter((t) => t <= now.getTime()).length;
  const upcoming = dues.filter((t) => t > now.getTime()).sort((a, b) => a - b);
  const n = open.length;
  if (n === 1) {
    if (overdue) return '1 referral overdue';
    if (upcoming[0] !== undefined) return `1 referral due in ${formatDuration(upcoming[0] - now.getTime(), 'short')}`;
    return '1 referral open: set its due time';
  }
  const head = `${n} referrals open`;
  if (overdue) return `${head}, ${overdue} overdue`;
  if (upcoming[0] !== undefined) return `${head}, next due in ${formatDuration(upcoming[0] - now.getTime(), 'short')}`;
  return head;
}
