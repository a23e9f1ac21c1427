// Debian Chromium with the Chrome build: referral drafts are never lost.
import { draftsSuite, essentialsSuite } from './drafts.suite.mjs';

draftsSuite('chromium');
essentialsSuite('chromium');
