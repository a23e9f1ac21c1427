// Firefox ESR with the Firefox build: the options page.
import { optionsSuite } from './options.suite.mjs';

optionsSuite('firefox');
