// The app has ONE useInput. Components register handlers for a keymap context with useCommands;
// each key is offered to modal handlers (newest first), then the focused pane's contexts, then
// 'global', until one returns true. Handlers get the keymap command the key means in their context.
import {createContext, createElement, useContext, useEffect, useLayoutEffect, useRef, type ReactNode} from 'react';
import {useInput, type Key} from 'ink';
import {keymap} from '../keymap/index.js';
import {commandFor} from '../keymap/match.js';
import type {KeyContext} from '../keymap/types.js';

export type CommandHandler = (command: string | undefined, input: string, key: Key) => boolean;

type Entry = {context: KeyContext; handler: {current: CommandHandler}; active: boolean; modal: boolean; order: number};

export class CommandRegistry {
	private readonly entries = new Set<Entry>();
	private nextOrder = 0;

	add(entry: Omit<Entry, 'order'>): Entry {
		const full = {...entry, order: this.nextOrder++};
		this.entries.add(full);
		return full;
	}

	remove(entry: Entry): void {
		this.entries.delete(entry);
	}

	/** Offers the key down the chain; true when some handler consumed it. */
	dispatch(input: string, key: Key, focused: readonly KeyContext[]): boolean {
		const active = [...this.entries].filter(entry => entry.active).sort((a, b) => b.order - a.order);
		const chain = [
			...active.filter(entry => entry.modal),
			...focused.flatMap(context => active.filter(entry => !entry.modal && entry.context === context)),
			...active.filter(entry => !entry.modal && entry.context === 'global'),
		];
		for (const entry of chain) {
			const command = commandFor(keymap, [entry.context], input, key);
			if (entry.handler.current(command, input, key)) return true;
		}
		return false;
	}

	hasModal(): boolean {
		return [...this.entries].some(entry => entry.active && entry.modal);
	}
}

/** The Key Ink reports for one printable character. */
export function plainKey(char: string): Key {
	const upper = char !== char.toLowerCase();
	return {
		upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
		return: false, escape: false, ctrl: false, shift: upper, tab: false, backspace: false, delete: false, meta: false,
		super: false, hyper: false, capsLock: false, numLock: false,
	};
}

const RegistryContext = createContext<CommandRegistry | null>(null);

/** Owns the single useInput; `focused` says which contexts the focused pane answers to. */
export function CommandRouter(props: {focused: readonly KeyContext[]; registry?: CommandRegistry; children?: ReactNode}) {
	const registry = useRef(props.registry ?? new CommandRegistry()).current;
	const focused = useRef(props.focused);
	focused.current = props.focused;
	useInput((input, key) => {
		if (registry.dispatch(input, key, focused.current)) return;
		// Several typed characters can arrive in one read (fast typing, a slow terminal, tmux
		// send-keys): offer them one by one, each after React applied the previous one, so
		// "/web" opens the filter and then types "web" into it instead of running w, e, b.
		if (input.length > 1 && !key.ctrl && !key.meta && !key.escape && !/[\u0000-\u001F]/.test(input)) feed([...input]);
	});
	const feed = (chars: string[]) => {
		const [first, ...rest] = chars;
		if (first === undefined) return;
		setTimeout(() => {
			registry.dispatch(first, plainKey(first), focused.current);
			feed(rest);
		}, 0);
	};
	return createElement(RegistryContext.Provider, {value: registry}, props.children);
}

export function useCommands(
	context: KeyContext,
	handler: CommandHandler,
	options: {active?: boolean; modal?: boolean} = {},
): void {
	const registry = useContext(RegistryContext);
	if (!registry) throw new Error('useCommands needs a <CommandRouter> above it');
	const handlerRef = useRef(handler);
	useLayoutEffect(() => {
		handlerRef.current = handler;
	});
	const active = options.active ?? true;
	const modal = options.modal ?? false;
	useEffect(() => {
		const entry = registry.add({context, handler: handlerRef, active, modal});
		return () => registry.remove(entry);
	}, [registry, context, active, modal]);
}
