// Keys of the Swarm tabs' actions (on a manager): scale, roll back and drain; plus the small prompt
// `=` opens for a replica count. Restart (`r`), pause (`p`) and remove (`d`) are the action keys of
// action-bindings.ts, applied to services and nodes.
import type {Binding, Command} from './types.js';

export const swarmCommands = {
	scaleUp: 'swarm.scale-up',
	scaleDown: 'swarm.scale-down',
	scaleTo: 'swarm.scale-to',
	rollback: 'swarm.rollback',
	drain: 'swarm.drain',
	promptAccept: 'scale-prompt.accept',
	promptCancel: 'scale-prompt.cancel',
	promptErase: 'scale-prompt.erase',
} as const satisfies Record<string, Command>;

const c = swarmCommands;

export const swarmBindings: Binding[] = [
	{command: c.scaleUp, keys: ['+'], context: 'list', description: 'scale the service up by one replica', hint: 'scale', tabs: ['services'], writes: true, swarm: true},
	{command: c.scaleDown, keys: ['-'], context: 'list', description: 'scale the service down by one replica', hint: 'scale', tabs: ['services'], writes: true, swarm: true},
	{command: c.scaleTo, keys: ['='], context: 'list', description: 'scale the service to a number of replicas (asks for it)', tabs: ['services'], writes: true, swarm: true},
	{command: c.rollback, keys: ['u'], context: 'list', description: 'roll the service back to its previous spec (undo the last update; asks first)', hint: 'rollback', tabs: ['services'], writes: true, swarm: true},
	{command: c.drain, keys: ['ctrl+d'], context: 'list', description: 'drain the node: its tasks move elsewhere (asks first); on a drained node: activate it', hint: 'drain', tabs: ['nodes'], writes: true, swarm: true},

	{command: c.promptAccept, keys: ['enter'], context: 'scale-prompt', description: 'scale to the number typed', hint: 'scale'},
	{command: c.promptCancel, keys: ['escape'], context: 'scale-prompt', description: 'cancel', hint: 'cancel'},
	{command: c.promptErase, keys: ['backspace', 'delete'], context: 'scale-prompt', description: 'erase a digit'},
];
