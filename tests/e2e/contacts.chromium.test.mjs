// Debian Chromium with the Chrome build: the contacts journey (axe checks: a11y.chromium.test.mjs).
import { contactsSuite } from './contacts.suite.mjs';

contactsSuite('chromium');
