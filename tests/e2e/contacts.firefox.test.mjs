// Firefox ESR with the Firefox build: the contacts journey.
import { contactsSuite } from './contacts.suite.mjs';

contactsSuite('firefox');
