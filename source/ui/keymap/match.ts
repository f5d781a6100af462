import type {Key} from 'ink';
import type {Binding, KeyContext, KeySpec} from './types.js';

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

/** Does one key spec ('q', 'G', 'ctrl+c', 'shift+tab', 'pagedown') match this input? */
export function matchesSpec(spec: KeySpec, input: string, key: Key): boolean {
	const parts = spec.split('+');
	const base = parts.pop()!;
	const ctrl = parts.includes('ctrl');
	const shift = parts.includes('shift');
	const meta = parts.includes('meta');
	if (base.length > 1 && base in named) {
		if (!named[base]!(key, input)) return false;
		return Boolean(key.ctrl) === ctrl && Boolean(key.meta) === meta && (base === 'space' || Boolean(key.shift) === shift);
	}
	// A printable character: ctrl+c arrives as input 'c' with key.ctrl.
	if (ctrl !== Boolean(key.ctrl) || meta !== Boolean(key.meta)) return false;
	return input === base;
}

export function matchesBinding(binding: Binding, input: string, key: Key): boolean {
	return binding.keys.some(spec => matchesSpec(spec, input, key));
}

/** The command for this key in the given contexts (first context wins), or undefined. */
export function commandFor(bindings: readonly Binding[], contexts: readonly KeyContext[], input: string, key: Key): string | undefined {
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
	const parts = spec.split('+');
	const base = parts.pop()!;
	const label = labels[base] ?? base;
	if (parts.includes('ctrl')) return `^${label.toUpperCase()}`;
	if (parts.includes('shift')) return `Shift-${label}`;
	return label;
}
