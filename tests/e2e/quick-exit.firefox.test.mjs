// Headed Firefox ESR, real key press: the quick exit shortcut.
import { quickExitSuite } from './quick-exit.suite.mjs';

quickExitSuite('firefox');
