// Debian Chromium with the Chrome build: referral drafts are never lost.
import { draftsSuite } from './drafts.suite.mjs';

draftsSuite('chromium');
