import type {Binding} from './types.js';

export const actionBindings: Binding[] = [];
