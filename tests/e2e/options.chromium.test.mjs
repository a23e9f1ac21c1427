// Debian Chromium with the Chrome build: the options page.
import { optionsSuite } from './options.suite.mjs';

optionsSuite('chromium');
