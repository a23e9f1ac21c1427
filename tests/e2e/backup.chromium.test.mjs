// Debian Chromium with the Chrome build: backup and restore.
import { backupSuite } from './backup.suite.mjs';

backupSuite('chromium');
