// Firefox ESR with the Firefox build: referral drafts are never lost.
import { draftsSuite, essentialsSuite } from './drafts.suite.mjs';

draftsSuite('firefox');
essentialsSuite('firefox');
