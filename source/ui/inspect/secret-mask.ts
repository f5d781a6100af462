// Environment values can be secrets: values of keys that look secret are masked wherever they are
// shown (env section and raw JSON) until the user asks to reveal them.

const secretKey = /PASSWORD|PASSWD|TOKEN|SECRET|KEY|CREDENTIAL/i;

/** The mask drawn instead of a secret value: fixed, so it tells nothing about the length. */
export const secretMask = '••••••';

export function isSecretKey(key: string): boolean {
	return secretKey.test(key);
}

export type EnvEntry = {key: string; value: string; secret: boolean};

/** "KEY=value" entries split at the first '='; an entry without one has an empty value. */
export function parseEnv(env: readonly string[] | null | undefined): EnvEntry[] {
	return (env ?? []).map(entry => {
		const at = entry.indexOf('=');
		const key = at < 0 ? entry : entry.slice(0, at);
		return {key, value: at < 0 ? '' : entry.slice(at + 1), secret: isSecretKey(key)};
	});
}

/** A secret's value as shown: masked unless revealed (an empty value stays empty). */
export function shownValue(entry: EnvEntry, reveal: boolean): string {
	return entry.secret && !reveal && entry.value !== '' ? secretMask : entry.value;
}

export function maskEnvList(env: readonly string[], reveal: boolean): string[] {
	return env.map(raw => {
		const at = raw.indexOf('=');
		if (at < 0) return raw;
		const entry: EnvEntry = {key: raw.slice(0, at), value: raw.slice(at + 1), secret: isSecretKey(raw.slice(0, at))};
		return `${entry.key}=${shownValue(entry, reveal)}`;
	});
}

/** A copy of an inspect answer with Config.Env masked (the raw view prints this, never the original). */
export function maskInspect<T extends {Config?: {Env?: string[] | null} | null}>(inspect: T, reveal: boolean): T {
	if (reveal || !inspect.Config?.Env) return inspect;
	return {...inspect, Config: {...inspect.Config, Env: maskEnvList(inspect.Config.Env, false)}};
}
