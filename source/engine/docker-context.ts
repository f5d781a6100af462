// Reads docker CLI contexts: $DOCKER_CONFIG/config.json's currentContext, the context's meta.json
// and its TLS files, stored under the sha256 of the context name (as the docker CLI does).
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {EndpointError} from './errors.js';
import type {TlsFiles} from './types.js';

export type DockerContext = {name: string; host: string; skipTlsVerify: boolean; tls: TlsFiles | undefined};

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
	return createHash('sha256').update(name).digest('hex');
}

function readIfExists(file: string): string | undefined {
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Loads a named context's docker endpoint; throws EndpointError when it does not exist. */
export function loadContext(configDir: string, name: string): DockerContext {
	const id = contextDirName(name);
	const metaFile = join(configDir, 'contexts', 'meta', id, 'meta.json');
	if (!existsSync(metaFile)) {
		throw new EndpointError(`docker context "${name}" not found (no ${metaFile}) — check DOCKER_CONTEXT or currentContext in ${join(configDir, 'config.json')}`);
	}
	let meta: {Endpoints?: {docker?: {Host?: unknown; SkipTLSVerify?: unknown}}};
	try {
		meta = JSON.parse(readFileSync(metaFile, 'utf8'));
	} catch (error) {
		throw new EndpointError(`cannot read docker context "${name}" (${metaFile}): ${(error as Error).message}`);
	}
	const docker = meta.Endpoints?.docker;
	if (typeof docker?.Host !== 'string' || docker.Host === '') {
		throw new EndpointError(`docker context "${name}" has no docker endpoint host (${metaFile})`);
	}
	const tlsDir = join(configDir, 'contexts', 'tls', id, 'docker');
	const files: TlsFiles = {ca: readIfExists(join(tlsDir, 'ca.pem')), cert: readIfExists(join(tlsDir, 'cert.pem')), key: readIfExists(join(tlsDir, 'key.pem'))};
	const hasTls = Boolean(files.ca || files.cert || files.key);
	return {name, host: docker.Host, skipTlsVerify: docker.SkipTLSVerify === true, tls: hasTls ? files : undefined};
}
