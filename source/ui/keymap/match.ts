import type {Key} from 'ink';
import type {Binding, Command, KeyContext, KeySpec} from './types.js';

const named: Record<string, (key: Key, input: string) => boolean> = {
	up: key => key.upArrow,
	down: key => key.downArrow,
	left: key => key.leftArrow,
	right: key => key.rightArrow,
	pageup: key => key.pageUp,
	pagedown: key => key.pageDown,
	home: key => key.home,
	end: key => key.end,
	enter: key => key.return,
	escape: key => key.escape,
	tab: key => key.tab,
	backspace: key => key.backspace,
	delete: key => key.delete,
	space: (_key, input) => input === ' ',
};

const modifierNames = ['ctrl', 'shift', 'meta'] as const;
type ParsedSpec = {base: string; ctrl: boolean; shift: boolean; meta: boolean};

/**
 * Splits a spec into its modifier prefixes and the key: only a leading 'ctrl+', 'shift+' or 'meta+'
 * is a modifier, so '+' (and 'ctrl++') name the plus key instead of an empty one.
 */
const parsedSpecs = new Map<KeySpec, ParsedSpec>();

export function parseSpec(spec: KeySpec): ParsedSpec {
	const cached = parsedSpecs.get(spec);
	if (cached) return cached;
	const parsed: ParsedSpec = {base: spec, ctrl: false, shift: false, meta: false};
	for (;;) {
		const modifier = modifierNames.find(name => parsed.base.startsWith(`${name}+`) && parsed.base.length > name.length + 1);
		if (!modifier) break;
		parsed[modifier] = true;
		parsed.base = parsed.base.slice(modifier.length + 1);
	}
	if (parsed.base.length === 0 || ([...parsed.base].length > 1 && !(parsed.base in named))) throw new Error(`invalid key spec '${spec}'`);
	parsedSpecs.set(spec, parsed);
	return parsed;
}

/** Does one key spec ('q', 'G', '+', 'ctrl+c', 'shift+tab', 'pagedown') match this input? */
export function matchesSpec(spec: KeySpec, input: string, key: Key): boolean {
	const {base, ctrl, shift, meta} = parseSpec(spec);
	if (base in named && [...base].length > 1) {
		if (!named[base]!(key, input)) return false;
		return Boolean(key.ctrl) === ctrl && Boolean(key.meta) === meta && (base === 'space' || Boolean(key.shift) === shift);
	}
	// A printable character: ctrl+c arrives as input 'c' with key.ctrl. Keys without text (Esc,
	// arrows) never match one: their input is ''.
	if (ctrl !== Boolean(key.ctrl) || meta !== Boolean(key.meta)) return false;
	return input === base;
}

export function matchesBinding(binding: Binding, input: string, key: Key): boolean {
	return binding.keys.some(spec => matchesSpec(spec, input, key));
}

/** The command for this key in the given contexts (first context wins), or undefined. */
export function commandFor(bindings: readonly Binding[], contexts: readonly KeyContext[], input: string, key: Key): Command | undefined {
	for (const context of contexts) {
		const hit = bindings.find(binding => binding.context === context && matchesBinding(binding, input, key));
		if (hit) return hit.command;
	}
	return undefined;
}

/** How a key spec is written in the footer and help: 'ctrl+c' → '^C', 'pagedown' → 'PgDn'. */
export function displayKey(spec: KeySpec): string {
	const labels: Record<string, string> = {
		up: '↑', down: '↓', left: '←', right: '→', pageup: 'PgUp', pagedown: 'PgDn', home: 'Home', end: 'End',
		enter: 'Enter', escape: 'Esc', tab: 'Tab', space: 'Space', backspace: 'Bksp', delete: 'Del',
	};
	const {base, ctrl, shift, meta} = parseSpec(spec);
	const label = labels[base] ?? base;
	if (ctrl) return `^${label.toUpperCase()}`;
	if (shift) return `Shift-${label}`;
	if (meta) return `Alt-${label}`;
	return label;
}
