// The schemas the background reads every quick-exit message with. Imported inside the test: a
// schema that cannot be built throws as its module loads, which fails this test rather than only
// stopping a test file (and the background) from loading.
import { describe, expect, it } from 'vitest';

describe('the quick-exit message schemas', () => {
  it('build, and read the broadcast and a request with all its fields', async () => {
    const { parseQuickExitMessage } = await import('../../lib/quick-exit/messages-schema');
    expect(parseQuickExitMessage({ type: 'quick-exit' })).toEqual({ type: 'quick-exit' });
    expect(parseQuickExitMessage({ type: 'quick-exit-request', windowId: 3, ownTab: true })).toEqual({
      type: 'quick-exit-request',
      windowId: 3,
      ownTab: true,
    });
  });
});
