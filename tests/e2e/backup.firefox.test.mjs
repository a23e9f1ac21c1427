// Firefox ESR with the Firefox build: backup and restore.
import { backupSuite } from './backup.suite.mjs';

backupSuite('firefox');
