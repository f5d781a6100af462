// Reads docker CLI contexts: $DOCKER_CONFIG/config.json's currentContext, the context's meta.json
// and its TLS files, stored under the sha256 of the context name (as the docker CLI does).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {EndpointError} from './errors.js';
import {readCertDir} from './tls-files.js';
import type {TlsFiles} from './types.js';

export type DockerContext = {name: string; description: string; host: string; skipTlsVerify: boolean; tls: TlsFiles | undefined};

export function dockerConfigDir(env: NodeJS.ProcessEnv, homeDir: string): string {
	return env.DOCKER_CONFIG || join(homeDir, '.docker');
}

/** The context config.json selects, or undefined (also when the file is missing or unreadable). */
export function currentContextName(configDir: string): string | undefined {
	const file = join(configDir, 'config.json');
	if (!existsSync(file)) return undefined;
	let config: unknown;
	try {
		config = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new EndpointError(`cannot read ${file}: ${(error as Error).message}`);
	}
	const name = (config as {currentContext?: unknown} | null)?.currentContext;
	return typeof name === 'string' && name !== '' ? name : undefined;
}

export function contextDirName(name: string): string {
	// node:crypto is loaded when a context is read, not by every session (~2.4 MB resident otherwise)
	const {createHash} = process.getBuiltinModule('node:crypto');
	return createHash('sha256').update(name).digest('hex');
}

/** Loads a named context's docker endpoint; throws EndpointError when it does not exist. */
export function loadContext(configDir: string, name: string): DockerContext {
	const id = contextDirName(name);
	const metaFile = join(configDir, 'contexts', 'meta', id, 'meta.json');
	if (!existsSync(metaFile)) {
		throw new EndpointError(`docker context "${name}" not found (no ${metaFile}) — check DOCKER_CONTEXT or currentContext in ${join(configDir, 'config.json')}`);
	}
	let meta: {Metadata?: {Description?: unknown}; Endpoints?: {docker?: {Host?: unknown; SkipTLSVerify?: unknown}}};
	try {
		meta = JSON.parse(readFileSync(metaFile, 'utf8'));
	} catch (error) {
		throw new EndpointError(`cannot read docker context "${name}" (${metaFile}): ${(error as Error).message}`);
	}
	const docker = meta.Endpoints?.docker;
	if (typeof docker?.Host !== 'string' || docker.Host === '') {
		throw new EndpointError(`docker context "${name}" has no docker endpoint host (${metaFile})`);
	}
	let files: TlsFiles;
	try {
		files = readCertDir(join(configDir, 'contexts', 'tls', id, 'docker'));
	} catch (error) {
		throw new EndpointError(`docker context "${name}": ${(error as Error).message}`);
	}
	const hasTls = Boolean(files.ca || files.cert || files.key);
	const description = typeof meta.Metadata?.Description === 'string' ? meta.Metadata.Description : '';
	return {name, description, host: docker.Host, skipTlsVerify: docker.SkipTLSVerify === true, tls: hasTls ? files : undefined};
}

/** Every context's name in the store (`docker context ls`), by its meta.json; unreadable ones by their folder. */
export function storedContexts(configDir: string): Array<{name: string} | {folder: string; error: string}> {
	const metaDir = join(configDir, 'contexts', 'meta');
	if (!existsSync(metaDir)) return [];
	return readdirSync(metaDir).map(folder => {
		const file = join(metaDir, folder, 'meta.json');
		try {
			const name = (JSON.parse(readFileSync(file, 'utf8')) as {Name?: unknown} | null)?.Name;
			if (typeof name === 'string' && name !== '') return {name};
			return {folder, error: `${file} names no context`};
		} catch (error) {
			const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : (error as Error).message;
			return {folder, error: `cannot read ${file}: ${reason}`};
		}
	});
}
