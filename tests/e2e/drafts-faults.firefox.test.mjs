// Firefox ESR with the Firefox build: referral drafts under faults.
import { draftsFaultsSuite } from './drafts-faults.suite.mjs';

draftsFaultsSuite('firefox');
