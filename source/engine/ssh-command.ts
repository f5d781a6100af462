// The ssh command line for an ssh:// endpoint, as the docker CLI builds it (cli/connhelper): the
// user's own `ssh` (config, agent, jump hosts, ControlMaster, known_hosts) runs
// `docker system dial-stdio` on the host, and HTTP flows over its stdin/stdout.
import type {Endpoint} from './types.js';

export type SshCommand = {file: string; args: string[]};

/** A word the remote shell reads as itself; anything else is single-quoted (the command goes through the login shell). */
export function remoteShellWord(text: string): string {
	return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function sshCommand(endpoint: Endpoint): SshCommand {
	if (endpoint.kind !== 'ssh' || !endpoint.host) throw new Error(`not an ssh:// endpoint: ${endpoint.url}`);
	const args: string[] = [];
	if (endpoint.user) args.push('-l', endpoint.user);
	// only a port the URL names: otherwise ~/.ssh/config (or 22) decides
	if (endpoint.port !== undefined) args.push('-p', String(endpoint.port));
	args.push('-o', 'ConnectTimeout=30', '-T', '--', endpoint.host);
	const remote = ['docker'];
	if (endpoint.socketPath && endpoint.socketPath.replace(/\//g, '') !== '') remote.push(`--host=unix://${endpoint.socketPath}`);
	remote.push('system', 'dial-stdio');
	args.push(...remote.map(remoteShellWord));
	return {file: 'ssh', args};
}
