// The app has ONE useInput. Components register handlers for a keymap context with useCommands;
// each key is offered to modal handlers (newest first), then the focused pane's contexts, then
// 'global', until one returns true. Handlers get the keymap command the key means in their context.
import {createContext, createElement, useContext, useLayoutEffect, useRef, type ReactNode} from 'react';
import {useInput, type Key} from 'ink';
import {keymap} from '../keymap/index.js';
import {commandFor} from '../keymap/match.js';
import type {Command, KeyContext} from '../keymap/types.js';

export type CommandHandler = (command: Command | undefined, input: string, key: Key) => boolean;

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

/** The key one character of a multi-character read stands for; undefined for other controls. */
export function keyForChar(char: string): {input: string; key: Key} | undefined {
	if (char === '\r' || char === '\n') return {input: '', key: {...plainKey('a'), return: true}};
	if (char === '\t') return {input: '', key: {...plainKey('a'), tab: true}};
	if (char === '\u007F' || char === '\b') return {input: '', key: {...plainKey('a'), backspace: true}};
	if (/[\u0000-\u001F]/.test(char)) return undefined;
	return {input: char, key: plainKey(char)};
}

const RegistryContext = createContext<CommandRegistry | null>(null);

/** Owns the single useInput; `focused` says which contexts the focused pane answers to. */
export function CommandRouter(props: {focused: readonly KeyContext[]; registry?: CommandRegistry; children?: ReactNode}) {
	const registry = useRef(props.registry ?? new CommandRegistry()).current;
	const focused = useRef(props.focused);
	focused.current = props.focused;
	// Keys still waiting to be replayed; a key that arrives meanwhile queues behind them, in order.
	const queue = useRef<Array<{input: string; key: Key}>>([]).current;
	/** Offers one key; what it stands for when nobody took it is queued, each after React applied the previous one. */
	const offer = (input: string, key: Key): Array<{input: string; key: Key}> => {
		if (registry.dispatch(input, key, focused.current)) return [];
		// A terminal sends Alt+key as ESC then the key, and so does Esc typed just before a key when
		// both land in one read (fast typing, a paste, SSH batching). No Alt binding took it, so it
		// is that Esc and then the key; a lone Esc still arrives alone, without any added delay.
		if (key.meta) return [{input: '', key: {...plainKey('a'), escape: true}}, {input, key: {...key, meta: false}}];
		// Several typed characters can arrive in one read (fast typing, a paste, a slow link, tmux
		// send-keys), even with the Enter that follows: offer them one by one, so "/web⏎" opens the
		// filter, types "web" into it and keeps it.
		if (input.length > 1 && !key.ctrl && !key.escape) return [...input].flatMap(char => keyForChar(char) ?? []);
		return [];
	};
	const drain = () => {
		setTimeout(() => {
			const next = queue.shift();
			if (!next) return;
			// a key that stood for two (Esc + key) is offered as each of them in turn
			if (next.key.meta || next.input.length > 1) queue.unshift(...offer(next.input, next.key));
			else registry.dispatch(next.input, next.key, focused.current);
			if (queue.length > 0) drain();
		}, 0);
	};
	useInput((input, key) => {
		if (queue.length > 0) {
			queue.push({input, key});
			return;
		}
		const rest = offer(input, key);
		if (rest.length === 0) return;
		queue.push(...rest);
		drain();
	});
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
	// Layout effect: registered in the same commit that draws the prompt or dialog, so a key that
	// arrives right after the frame (fast typing, a paste) reaches it instead of the pane below.
	useLayoutEffect(() => {
		const entry = registry.add({context, handler: handlerRef, active, modal});
		return () => registry.remove(entry);
	}, [registry, context, active, modal]);
}
