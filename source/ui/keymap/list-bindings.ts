import type {Binding} from './types.js';

export const listBindings: Binding[] = [];
