// Writes log lines to a plain-text file (the text as the container wrote it, one line each), with
// ISO timestamps and container names when the view shows them. Fails with a plain message.
import {writeFile} from 'node:fs/promises';
import {homedir} from 'node:os';
import {join, resolve} from 'node:path';
import type {LogLine} from './log-line.js';

export type SaveOptions = {
	/** Used in the default file name: dockhand-<name>-<time>.log */
	name: string;
	path?: string;
	directory?: string;
	timestamps: boolean;
	/** Container names by id: each line gets "name | " (merged views). */
	names?: ReadonlyMap<string, string>;
	/** Per line instead (a service's log: its task and node): each line gets "name | ". */
	lineName?: (line: LogLine) => string;
	now?: Date;
};

const pad2 = (value: number) => String(value).padStart(2, '0');

/** "~/logs" as a shell would read it (config files hold such paths). */
function expandHome(directory: string): string {
	return directory === '~' || directory.startsWith('~/') ? join(homedir(), directory.slice(1)) : directory;
}

export function defaultLogFileName(name: string, now: Date): string {
	const safe = name.replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '').slice(0, 60) || 'logs';
	const stamp = `${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}-${pad2(now.getHours())}${pad2(now.getMinutes())}${pad2(now.getSeconds())}`;
	return `dockhand-${safe}-${stamp}.log`;
}

export function formatSavedLine(line: LogLine, options: Pick<SaveOptions, 'timestamps' | 'names' | 'lineName'>): string {
	const time = options.timestamps ? `${new Date(line.time).toISOString()} ` : '';
	const name = options.lineName ? `${options.lineName(line)} | ` : options.names ? `${options.names.get(line.containerId) ?? line.containerId.slice(0, 12)} | ` : '';
	// the same two figures as the logs pane: the head kept, and the whole line's length
	const cut = line.cut > 0 ? ` [… dockhand kept the first ${line.text.length} of ${line.text.length + line.cut} characters]` : '';
	return `${time}${name}${line.text}${cut}\n`;
}

/** Writes the lines; resolves with the absolute path written. Never overwrites an existing file, never writes an empty one. */
export async function saveLogLines(lines: readonly LogLine[], options: SaveOptions): Promise<string> {
	if (lines.length === 0) throw new Error('nothing to save: the view shows no lines');
	const path = resolve(expandHome(options.directory ?? '.'), options.path ?? defaultLogFileName(options.name, options.now ?? new Date()));
	const text = lines.map(line => formatSavedLine(line, options)).join('');
	await writeFile(path, text, {flag: 'wx', mode: 0o600});
	return path;
}
