import type {Binding} from './types.js';

export const globalBindings: Binding[] = [];
