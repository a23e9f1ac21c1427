// Firefox ESR with the Firefox build: the quick exit from the extension's own pages.
import { quickExitPagesSuite } from './quick-exit-pages.suite.mjs';

quickExitPagesSuite('firefox');
