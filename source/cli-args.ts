// Command-line parsing, strict as the docker CLI is: an unknown flag, a flag without its value or a
// flag the subcommand does not take is a one-line UsageError (exit code 2), never silently ignored.
import {settingKinds, type Settings} from './settings.js';

export type FlagKind = 'string' | 'boolean' | 'number';
export type FlagSpec = {kind: FlagKind; short?: string; /** only these subcommands take it */ commands?: readonly string[]};

/** Subcommands (name → one help line); the app runs when none is given. Add one here and in cli.tsx. */
export const subcommands: Record<string, string> = {
	version: 'client, endpoint and engine versions (like docker version)',
	contexts: 'every daemon set up (docker contexts, DOCKER_HOST), which is current, and whether each answers',
};

/** Every setting of the config file is a flag too (camelCase → --kebab-case); booleans take --no-…. */
export const flagSpecs: Record<string, FlagSpec> = {
	...Object.fromEntries(Object.entries(settingKinds).map(([key, kind]) => [key, {kind}])),
	host: {kind: 'string', short: 'H'},
	json: {kind: 'boolean', commands: ['version', 'contexts']},
};

export type CommandLine =
	| {action: 'help'}
	| {action: 'version'}
	| {action: 'run'; command: string | undefined; flags: Partial<Record<keyof Settings, string | number | boolean>>};

export class UsageError extends Error {
	override readonly name = 'UsageError';
}

const kebab = (name: string) => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`);
const byLong = new Map(Object.keys(flagSpecs).map(name => [kebab(name), name]));
const byShort = new Map(Object.entries(flagSpecs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));

function convert(name: string, label: string, raw: string): string | number {
	if (flagSpecs[name]!.kind === 'string') return raw;
	const value = Number(raw);
	if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`invalid argument "${raw}" for ${label}: not a number`);
	return value;
}

/** Parses argv (without node and the script). Flags may come before or after the subcommand. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
	const flags: Record<string, string | number | boolean> = {};
	const given = new Map<string, string>(); // flag name → how it was typed, for subcommand checks
	const positionals: string[] = [];
	let help = false;
	let version = false;
	for (let index = 0; index < argv.length; index++) {
		const arg = argv[index]!;
		const takeValue = (name: string, label: string, inline: string | undefined): string => {
			if (inline !== undefined) {
				if (inline === '') throw new UsageError(`flag needs an argument: ${label}`);
				return inline;
			}
			const next = argv[index + 1];
			if (next === undefined || next === '' || next.startsWith('-')) throw new UsageError(`flag needs an argument: ${label}`);
			index++;
			return next;
		};
		const set = (name: string, label: string, inline: string | undefined) => {
			given.set(name, label);
			const {kind} = flagSpecs[name]!;
			if (kind === 'boolean') {
				if (inline !== undefined) throw new UsageError(`flag takes no argument: ${label}`);
				flags[name] = true;
			} else {
				flags[name] = convert(name, label, takeValue(name, label, inline));
			}
		};
		if (arg === '--') {
			positionals.push(...argv.slice(index + 1));
			break;
		}
		if (arg.startsWith('--')) {
			const [long = '', inline] = splitOnce(arg.slice(2), '=');
			if (long === 'help') help = true;
			else if (long === 'version') version = true;
			else if (byLong.has(long)) set(byLong.get(long)!, `--${long}`, inline);
			else if (long.startsWith('no-') && flagSpecs[byLong.get(long.slice(3)) ?? '']?.kind === 'boolean') {
				if (inline !== undefined) throw new UsageError(`flag takes no argument: --${long}`);
				const name = byLong.get(long.slice(3))!;
				given.set(name, `--${long}`);
				flags[name] = false;
			} else throw new UsageError(`unknown flag: --${long}`);
			continue;
		}
		if (arg.startsWith('-') && arg.length > 1) {
			const letter = arg[1]!;
			const rest = arg.slice(2).replace(/^=/, '');
			if (letter === 'h' && rest === '') help = true;
			else if (byShort.has(letter)) set(byShort.get(letter)!, `-${letter}`, flagSpecs[byShort.get(letter)!]!.kind === 'boolean' || arg.length === 2 ? undefined : rest);
			else throw new UsageError(`unknown shorthand flag: '${letter}' in ${arg}`);
			continue;
		}
		positionals.push(arg);
	}
	if (help) return {action: 'help'};
	if (version) return {action: 'version'};
	const [command, ...extra] = positionals;
	if (command !== undefined && !(command in subcommands)) throw new UsageError(`unknown command "${command}"`);
	if (extra.length > 0) throw new UsageError(`${command} takes no arguments (got "${extra[0]}")`);
	for (const [name, label] of given) {
		const {commands} = flagSpecs[name]!;
		if (commands && !commands.includes(command ?? '')) throw new UsageError(`${label} is a flag of \`dockhand ${commands.join('|')}\` only`);
	}
	return {action: 'run', command, flags: flags as Partial<Record<keyof Settings, string | number | boolean>>};
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
	const at = text.indexOf(separator);
	return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
