// The registry of targets, in output order. Adding a language means adding one line here and a
// folder under templates/.
import { csharp } from './csharp/index.js';
import { docs } from './docs/index.js';
import { java } from './java/index.js';
import { python } from './python/index.js';
import { typescript } from './typescript/index.js';
export const TARGETS = { typescript, python, csharp, java, docs };
export const targetNames = () => Object.keys(TARGETS);
