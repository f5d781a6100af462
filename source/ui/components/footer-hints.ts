// Footer and help content, generated from the keymap for the contexts that have the keyboard.
import {displayKey} from '../keymap/match.js';
import {availableIn, type Binding, type KeyContext, type KeyMode} from '../keymap/types.js';

export type Hint = {keys: string; hint: string};

/** One entry per distinct hint, in context order: bindings sharing a hint join their first keys ("↑/↓ move"). */
export function footerHints(bindings: readonly Binding[], contexts: readonly KeyContext[], mode?: KeyMode): Hint[] {
	const hints: Hint[] = [];
	const seenCommands = new Set<string>();
	for (const context of contexts) {
		const byHint = new Map<string, string[]>();
		for (const binding of bindings) {
			if (binding.context !== context || !binding.hint || seenCommands.has(binding.command) || !availableIn(binding, mode)) continue;
			seenCommands.add(binding.command);
			const keys = byHint.get(binding.hint) ?? [];
			keys.push(displayKey(binding.keys[0]!));
			byHint.set(binding.hint, keys);
		}
		for (const [hint, keys] of byHint) {
			if (!hints.some(existing => existing.hint === hint)) hints.push({keys: keys.join('/'), hint});
		}
	}
	return hints;
}

const costOf = (hint: Hint) => hint.keys.length + 1 + hint.hint.length + 2; // with its separator

/** As many hints as fit in `width` cells (two spaces apart); quit and help are kept whenever they fit at all. */
export function fitHints(hints: readonly Hint[], width: number): Hint[] {
	const essential = (hint: Hint) => hint.hint === 'quit' || hint.hint === 'help';
	const reserved = hints.filter(essential).reduce((sum, hint) => sum + costOf(hint), 0);
	const keepEssential = reserved <= width + 2;
	let used = keepEssential ? reserved : 0;
	let full = false;
	return hints.filter(hint => {
		if (keepEssential && essential(hint)) return true;
		if (full || used + costOf(hint) > width + 2) {
			full = true;
			return false;
		}
		used += costOf(hint);
		return true;
	});
}

export type HelpSection = {context: KeyContext; lines: Array<{keys: string; description: string}>};

const sectionTitles: Partial<Record<KeyContext, string>> = {global: 'everywhere'};

export function helpSections(bindings: readonly Binding[], contexts: readonly KeyContext[], mode?: KeyMode): HelpSection[] {
	return contexts
		.map(context => ({
			context,
			lines: bindings.filter(binding => binding.context === context && availableIn(binding, mode)).map(binding => ({keys: binding.keys.map(displayKey).join(' '), description: binding.description})),
		}))
		.filter(section => section.lines.length > 0);
}

export function sectionTitle(context: KeyContext): string {
	return sectionTitles[context] ?? context;
}
