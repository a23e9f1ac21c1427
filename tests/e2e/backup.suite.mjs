// Backup and restore, the same in both browsers (backup.chromium.test.mjs, backup.firefox.test.mjs):
// a setup exported in one browser profile and imported into a fresh one; a broken file imports
// nothing and says where it is broken.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { launch, waitFor } from './harness.mjs';
import { noteByLabel, readLocal } from './more-pages.mjs';
import { byLabel, clickButton, startDraft, waitForHeading } from './pages.mjs';

export function backupSuite(kind) {
  describe(`backup and restore in ${kind}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-backup-'));
    const opened = [];
    after(async () => {
      for (const ext of opened) await ext.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    });
    const start = async () => {
      const ext = await launch(kind);
      opened.push(ext);
      return ext;
    };
    const importFile = async (page, text, name) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const input = await byLabel(page, 'Import backup');
      await input.uploadFile(file);
      await input.dispose();
      return waitFor(() => page.evaluate(() => document.getElementById('backup-result')?.textContent.trim() || null), {
        message: 'the import result',
      });
    };

    let exported;
    it('exports the details, an own contact and a draft after a warning, and a fresh profile imports them all', async () => {
      const first = await start();
      const options = await first.openPage('options.html');
      await waitForHeading(options);
      const name = await byLabel(options, 'Your name');
      await name.type('Dr Backup');
      await name.dispose();
      await clickButton(options, 'Add a contact');
      const contactName = await byLabel(options, 'Name');
      await contactName.type('Named GP (Dr Moved)');
      await contactName.dispose();
      await options.type('#own-phone', '01902 000777');
      await clickButton(options, 'Save contact');
      await waitFor(async () => (await readLocal(options, 'profile'))?.name === 'Dr Backup', { message: 'the profile saved' });

      const panel = await first.openPage('sidepanel.html');
      await startDraft(panel, { subject: 'Child' });
      const note = await noteByLabel(panel, 'Note: Actions already taken');
      await note.type('Told the school nurse');
      await note.dispose();
      await waitFor(async () => JSON.stringify(await readLocal(panel, 'drafts')).includes('Told the school nurse'), { message: 'the draft saved' });
      await panel.close();

      // The file is handed to the browser as a download: read it as the page makes it.
      await options.evaluate(() => {
        const make = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob) => {
          void blob.text().then((t) => (globalThis.__backup = t));
          return make(blob);
        };
      });
      await clickButton(options, 'Export backup');
      await waitFor(() => options.evaluate(() => document.body.textContent.includes('The backup contains patient information')), {
        message: 'the warning before export',
      });
      await clickButton(options, 'Export backup now');
      exported = await waitFor(() => options.evaluate(() => globalThis.__backup ?? null), { message: 'the backup file' });
      assert.match(exported, /"format": "safeguarding-companion-backup"/);

      const second = await start();
      const fresh = await second.openPage('options.html');
      await waitForHeading(fresh);
      const result = await importFile(fresh, exported, 'backup.json');
      assert.match(result, /Backup imported\. Added: .*child draft.*contact Named GP \(Dr Moved\)/);
      await waitFor(async () => (await readLocal(fresh, 'profile'))?.name === 'Dr Backup', { message: 'the details restored' });
      await waitFor(() => fresh.evaluate(() => document.body.textContent.includes('Named GP (Dr Moved) — 01902 000777')), { message: 'the contact restored' });
      assert.ok(JSON.stringify(await readLocal(fresh, 'drafts')).includes('Told the school nurse'), 'the draft restored, word for word');
      await fresh.close();
    });

    it('imports nothing from a broken file and names the bad path', async () => {
      const third = await start();
      const page = await third.openPage('options.html');
      await waitForHeading(page);
      const broken = JSON.parse(exported);
      broken.contacts[0].contact.phone = '01902 0007';
      const result = await importFile(page, JSON.stringify(broken), 'broken.json');
      assert.match(result, /Nothing was imported/);
      assert.match(result, /contacts\[0\]\.contact\.phone: A UK number starting with 0 has 10 or 11 digits/);
      assert.equal(await readLocal(page, 'ownContacts'), undefined, 'no contact written');
      assert.equal(JSON.stringify((await readLocal(page, 'drafts'))?.drafts ?? {}), '{}', 'no draft written');
      await page.close();
    });
  });
}
