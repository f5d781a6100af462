// Settings = flags over the config file over defaults. The config file is JSON at
// $DOCKHAND_CONFIG, else $XDG_CONFIG_HOME/dockhand/config.json, else ~/.config/dockhand/config.json.
import {readFileSync} from 'node:fs';
import {homedir} from 'node:os';
import {join} from 'node:path';

export type Settings = {
	host?: string;
	/** A docker context by name (--context), as `docker --context`: wins over DOCKER_HOST, not together with -H. */
	context?: string;
	readOnly: boolean;
	color: boolean;
	pollInterval: number; // seconds
	logTail: number;
	logMaxLines: number;
	logMaxMb: number;
	/** A log writing more lines/s than this is read once a second instead of line by line (0: never). */
	logFlood: number;
	/** Seconds between CPU/MEM samples of the list's visible running rows (0: no such columns). */
	statsInterval: number;
	shell?: string;
	/** TLS as the docker CLI's flags give it (--tlscacert, --tlscert, --tlskey, --tlsverify): for -H / DOCKER_HOST. */
	tlscacert?: string;
	tlscert?: string;
	tlskey?: string;
	tlsverify?: boolean;
	/** Folder where saved logs go (default: the current folder); "~/…" is the home folder. */
	logDir?: string;
	json: boolean;
};

/** What a user may put in the config file (every key optional). */
export type ConfigFile = Partial<Omit<Settings, 'json'>>;

export const defaultSettings: Settings = {readOnly: false, color: true, pollInterval: 10, logTail: 500, logMaxLines: 10_000, logMaxMb: 16, logFlood: 10_000, statsInterval: 5, json: false};

/** Each setting's type; cli-args.ts makes every one a flag. */
export const settingKinds: Record<keyof ConfigFile, 'string' | 'boolean' | 'number'> = {
	host: 'string', context: 'string', readOnly: 'boolean', color: 'boolean', pollInterval: 'number', logTail: 'number', logMaxLines: 'number', logMaxMb: 'number', logFlood: 'number', statsInterval: 'number', shell: 'string', logDir: 'string',
	tlscacert: 'string', tlscert: 'string', tlskey: 'string', tlsverify: 'boolean',
};

/** Numbers where 0 means "off" rather than nonsense. */
const zeroAllowed = new Set<keyof ConfigFile>(['logFlood', 'statsInterval']);
const isValidNumber = (key: keyof ConfigFile, value: unknown) => typeof value === 'number' && Number.isFinite(value) && (value > 0 || (value === 0 && zeroAllowed.has(key)));

export class SettingsError extends Error {}

export function configPath(env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
	if (env.DOCKHAND_CONFIG) return env.DOCKHAND_CONFIG;
	return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'dockhand', 'config.json');
}

/** Checks a parsed config object; unknown keys and wrong types are errors, so a typo never passes silently. */
export function parseConfig(value: unknown, source: string): ConfigFile {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SettingsError(`${source}: expected a JSON object`);
	const config: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		const kind = settingKinds[key as keyof ConfigFile];
		if (!kind) throw new SettingsError(`${source}: unknown setting "${key}" (known: ${Object.keys(settingKinds).join(', ')})`);
		if (typeof item !== kind || (kind === 'number' && !isValidNumber(key as keyof ConfigFile, item))) {
			const number = zeroAllowed.has(key as keyof ConfigFile) ? 'a number, 0 or more' : 'a positive number';
			throw new SettingsError(`${source}: "${key}" must be ${kind === 'number' ? number : `a ${kind}`}`);
		}
		config[key] = item;
	}
	return config as ConfigFile;
}

/** The config file's settings, or {} when there is none; `required` (a path the user named) must exist. */
export function loadConfigFile(path: string, required = false): ConfigFile {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			if (required) throw new SettingsError(`DOCKHAND_CONFIG names ${path}, which does not exist`);
			return {};
		}
		throw new SettingsError(`cannot read ${path}: ${(error as Error).message}`);
	}
	try {
		return parseConfig(JSON.parse(text), path);
	} catch (error) {
		if (error instanceof SettingsError) throw error;
		throw new SettingsError(`${path}: not valid JSON (${(error as Error).message})`);
	}
}

/** Flags the user typed win over the file, the file over the defaults. `undefined` = flag not given. */
export function resolveSettings(flags: Partial<Record<keyof Settings, unknown>>, file: ConfigFile): Settings {
	const settings: Record<string, unknown> = {...defaultSettings, ...file};
	for (const key of Object.keys(settingKinds) as Array<keyof ConfigFile>) {
		if (flags[key] !== undefined) settings[key] = flags[key];
	}
	settings.json = flags.json === true;
	// -H and --context name the daemon together: the one given on the command line replaces the file's other
	if (flags.context !== undefined && flags.host === undefined) delete settings.host;
	if (flags.host !== undefined && flags.context === undefined) delete settings.context;
	for (const key of ['pollInterval', 'logTail', 'logMaxLines', 'logMaxMb', 'logFlood', 'statsInterval'] as const) {
		if (!isValidNumber(key, settings[key])) throw new SettingsError(`--${key.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)} must be ${zeroAllowed.has(key) ? 'a number, 0 or more' : 'a positive number'}`);
	}
	return settings as Settings;
}

/** The docker CLI's TLS flags, as endpoint resolution takes them. */
export function tlsFlags(settings: Pick<Settings, 'tlscacert' | 'tlscert' | 'tlskey' | 'tlsverify'>): {cacert?: string; cert?: string; key?: string; verify?: boolean} {
	return {cacert: settings.tlscacert, cert: settings.tlscert, key: settings.tlskey, verify: settings.tlsverify};
}
