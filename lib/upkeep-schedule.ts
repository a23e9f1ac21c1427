// When draft retention runs: hourly and at every browser start. Kept apart from drafts-upkeep.ts
// (which brings the draft schema) so the background that answers the quick exit starts small.

export const RETENTION_ALARM = 'draft-retention';

interface UpkeepBrowser {
  runtime: {
    onInstalled: { addListener(listener: (details: { reason: string }) => void): void };
    onStartup: { addListener(listener: () => void): void };
  };
  alarms: {
    get(name: string): Promise<unknown>;
    create(name: string, info: { delayInMinutes?: number; periodInMinutes?: number }): Promise<void> | void;
    onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
  };
}

/**
 * Retention runs hourly and whenever the browser starts. Chrome may drop alarms on a restart,
 * so every start of the background makes sure the hourly one exists.
 */
export function registerUpkeep(api: UpkeepBrowser, upkeep: () => Promise<unknown>): void {
  const ensureAlarm = () =>
    Promise.resolve(api.alarms.get(RETENTION_ALARM)).then((alarm) => {
      if (!alarm) return api.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
    });
  void ensureAlarm().catch(() => undefined);
  api.runtime.onInstalled.addListener(() => void upkeep());
  api.runtime.onStartup.addListener(() => {
    void ensureAlarm().catch(() => undefined);
    void upkeep();
  });
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void upkeep();
  });
}
