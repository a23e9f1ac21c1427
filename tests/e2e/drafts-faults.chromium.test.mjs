// Debian Chromium with the Chrome build: referral drafts under faults.
import { draftsFaultsSuite } from './drafts-faults.suite.mjs';

draftsFaultsSuite('chromium');
