// A home folder with ~/.docker laid out as the docker CLI writes it (config.json, contexts/meta and
// contexts/tls under the sha256 of each context name), in a temporary folder the caller removes.
import {createHash} from 'node:crypto';
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

/** `tls`: PEM files (true: placeholder text named after the context). */
export type ContextSpec = {host: string; description?: string; skipTlsVerify?: boolean; tls?: boolean | {ca: string; cert: string; key: string}};
export type DockerConfigLayout = {currentContext?: string; contexts?: Record<string, ContextSpec>; certDir?: boolean};

export const contextFolder = (name: string) => createHash('sha256').update(name).digest('hex');

let count = 0;
export function dockerHome(root: string, layout: DockerConfigLayout = {}): {home: string; config: string} {
	const homeDir = join(root, `home${count++}`);
	const config = join(homeDir, '.docker');
	mkdirSync(config, {recursive: true});
	if (layout.currentContext) writeFileSync(join(config, 'config.json'), JSON.stringify({auths: {}, currentContext: layout.currentContext}));
	for (const [name, spec] of Object.entries(layout.contexts ?? {})) {
		const id = contextFolder(name);
		mkdirSync(join(config, 'contexts', 'meta', id), {recursive: true});
		const meta = {Name: name, Metadata: spec.description ? {Description: spec.description} : {}, Endpoints: {docker: {Host: spec.host, SkipTLSVerify: spec.skipTlsVerify ?? false}}};
		writeFileSync(join(config, 'contexts', 'meta', id, 'meta.json'), JSON.stringify(meta));
		if (spec.tls) {
			const tls = join(config, 'contexts', 'tls', id, 'docker');
			mkdirSync(tls, {recursive: true});
			for (const file of ['ca', 'cert', 'key'] as const) writeFileSync(join(tls, `${file}.pem`), spec.tls === true ? `${name}-${file}` : spec.tls[file]);
		}
	}
	if (layout.certDir) for (const file of ['ca', 'cert', 'key']) writeFileSync(join(config, `${file}.pem`), `env-${file}`);
	return {home: homeDir, config};
}
