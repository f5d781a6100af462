// Reads the ca.pem / cert.pem / key.pem triple from a directory (DOCKER_CERT_PATH layout).
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {EndpointError} from './errors.js';
import type {TlsFiles} from './types.js';

/** One PEM file a flag names: it must exist. */
export function readTlsFlag(flag: string, path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		throw new EndpointError(`cannot read ${flag} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
	}
}

/** `allowHalfPair`: a flag supplies the other half of the client certificate. */
export function readCertDir(dir: string, options: {allowHalfPair?: boolean} = {}): TlsFiles {
	const read = (name: string) => {
		const file = join(dir, name);
		try {
			return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
		} catch (error) {
			throw new EndpointError(`cannot read ${file}: ${(error as Error).message}`);
		}
	};
	const files: TlsFiles = {ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem')};
	if (!options.allowHalfPair && Boolean(files.cert) !== Boolean(files.key)) {
		throw new EndpointError(`${dir} holds ${files.cert ? 'cert.pem without key.pem' : 'key.pem without cert.pem'} — a client certificate needs both`);
	}
	return files;
}
