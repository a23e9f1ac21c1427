// Firefox ESR with the Firefox build: referral drafts are never lost.
import { draftsSuite } from './drafts.suite.mjs';

draftsSuite('firefox');
