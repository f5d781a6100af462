import type {Binding} from './types.js';

export const logsBindings: Binding[] = [];
