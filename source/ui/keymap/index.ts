// The one keymap table: input handling, the footer and the help overlay are all generated from it.
// Each area keeps its bindings in its own file; this file only joins them.
import type {Binding} from './types.js';
import {globalBindings} from './global-bindings.js';
import {listBindings} from './list-bindings.js';
import {logsBindings} from './logs-bindings.js';
import {actionBindings} from './action-bindings.js';
import {containerViewBindings} from './container-view-bindings.js';
import {inspectBindings} from './inspect-bindings.js';
import {contextsBindings} from './contexts-bindings.js';
import {swarmBindings} from './swarm-bindings.js';

export const keymap: readonly Binding[] = [...globalBindings, ...listBindings, ...logsBindings, ...actionBindings, ...containerViewBindings, ...inspectBindings, ...contextsBindings, ...swarmBindings];

export type {Binding, Command, KeyContext, KeyMode, KeySpec, TabName} from './types.js';
export {availableIn} from './types.js';
export {commandFor, displayKey, matchesBinding, matchesSpec} from './match.js';
