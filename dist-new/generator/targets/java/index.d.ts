import { type Target } from '../target.js';
export declare const java: Target;
