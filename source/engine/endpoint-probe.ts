// Is a daemon reachable, and which engine is it? One short-lived read-only engine per endpoint
// (/_ping, /version), closed at once; many endpoints probed a few at a time.
import {createEngine} from './create-engine.js';
import {describeError} from './errors.js';
import type {Endpoint} from './types.js';

export type ProbeResult = {reachable: true; engine: string; apiVersion: string; os: string} | {reachable: false; error: string};

export type ProbeOptions = {timeoutMs?: number; env?: NodeJS.ProcessEnv};

export async function probeEndpoint(endpoint: Endpoint, options: ProbeOptions = {}): Promise<ProbeResult> {
	const timeoutMs = options.timeoutMs ?? 3000;
	let engine: ReturnType<typeof createEngine> | undefined;
	let timer: NodeJS.Timeout | undefined;
	try {
		engine = createEngine(endpoint, {readOnly: true, requestTimeoutMs: timeoutMs, env: options.env});
		const started = engine;
		const answer = (async () => {
			const apiVersion = await started.negotiate();
			const version = await started.version();
			return {reachable: true as const, engine: version.Version, apiVersion, os: `${version.Os}/${version.Arch}`};
		})();
		// a daemon that accepts the connection and never answers still ends the probe
		const late = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
		});
		return await Promise.race([answer, late]);
	} catch (error) {
		return {reachable: false, error: describeError(error)};
	} finally {
		clearTimeout(timer);
		await engine?.close().catch(() => undefined);
	}
}

/** Runs `work` over `items`, at most `limit` at a time; `onResult` hears each as it ends (in any order). */
export async function forEachLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>, onResult: (item: T, result: R, index: number) => void = () => {}): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const index = next++;
			results[index] = await work(items[index]!);
			onResult(items[index]!, results[index]!, index);
		}
	};
	await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
	return results;
}
