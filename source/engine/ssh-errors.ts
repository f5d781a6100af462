// What went wrong with an ssh:// connection, in one sentence: ssh's (and the remote docker's)
// stderr read for the cause the user can fix, the rest quoted as a last resort.
import {inertText} from '../text/inert-text.js';
import {DockerConnectionError} from './errors.js';
import type {Endpoint} from './types.js';

/** `name`: user@host:port for prose; `cmd`: the ssh command line the user can try by hand. */
type Cause = {test: RegExp; code: string; say: (name: string, cmd: string, at: string) => string};

const causes: Cause[] = [
	{test: /REMOTE HOST IDENTIFICATION HAS CHANGED/i, code: 'SSH_HOST_KEY', say: (name, cmd) => `the ssh host key of ${name} has CHANGED since known_hosts recorded it — if that is expected, remove the old key (ssh-keygen -R) and run \`${cmd}\` once`},
	{test: /host key verification failed|no \S+ host key is known/i, code: 'SSH_HOST_KEY', say: (name, cmd) => `the ssh host key of ${name} is not in known_hosts and dockhand cannot ask — run \`${cmd}\` once to check and accept it`},
	{test: /permission denied \(|too many authentication failures|no supported authentication methods/i, code: 'SSH_AUTH', say: (name, cmd) => `ssh login to ${name} was refused (wrong user or key) — check that \`${cmd}\` logs in without a password (key in your agent or ~/.ssh/config)`},
	{test: /could not resolve hostname|name or service not known|temporary failure in name resolution/i, code: 'ENOTFOUND', say: name => `ssh cannot resolve the host name of ${name} — check the host in DOCKER_HOST, -H or the context, and your ~/.ssh/config`},
	{test: /connection refused/i, code: 'ECONNREFUSED', say: name => `${name} refused the ssh connection — is sshd running there, on that port?`},
	{test: /timed out/i, code: 'TIMEOUT', say: name => `timed out connecting to ${name} over ssh — is the host up and its ssh port open?`},
	{test: /no route to host|network is unreachable/i, code: 'EHOSTUNREACH', say: name => `${name} is unreachable over the network — check the host name and your network`},
	{test: /docker: (command )?not found|docker: no such file|"docker": executable file not found/i, code: 'SSH_NO_DOCKER', say: name => `docker is not installed on ${name}, or not on the PATH of a non-interactive ssh session (dockhand runs \`docker system dial-stdio\` there)`},
	{test: /is not a docker command|unknown command "?dial-stdio/i, code: 'SSH_OLD_DOCKER', say: name => `the docker CLI on ${name} has no \`system dial-stdio\` — it needs Docker 18.09 or newer there`},
	{test: /permission denied while trying to connect|dial unix .*permission denied/i, code: 'EACCES', say: name => `the ssh user on ${name} may not open the Docker socket — add it to the docker group there`},
	{test: /cannot connect to the docker daemon|dial unix .*(no such file|connection refused)/i, code: 'ENOENT', say: (name, _cmd, at) => `docker on ${name} cannot reach its daemon — is dockerd running there, and is the socket path in ${at} right?`},
];

/** user@host:port as the user would name the machine (the port only when the URL gives one). */
export function sshName(endpoint: Endpoint): string {
	const host = endpoint.host?.includes(':') ? `[${endpoint.host}]` : (endpoint.host ?? '?');
	return `${endpoint.user ? `${endpoint.user}@` : ''}${host}${endpoint.port === undefined ? '' : `:${endpoint.port}`}`;
}

/** The login dockhand attempts, as a command to try by hand. */
function sshHint(endpoint: Endpoint): string {
	return `ssh ${endpoint.port === undefined ? '' : `-p ${endpoint.port} `}${endpoint.user ? `${endpoint.user}@` : ''}${endpoint.host ?? '?'}`;
}

/** Lines worth quoting: ssh's warnings about added keys and the like are noise. */
function lastUsefulLine(stderr: string): string | undefined {
	const lines = stderr.split(/\r?\n/).map(line => line.trim()).filter(line => line && !/^warning: permanently added/i.test(line) && !/^@+/.test(line));
	return lines.at(-1);
}

/** The error for an ssh process that ended before the daemon said anything. */
export function sshFailure(endpoint: Endpoint, stderr: string, exit: {code: number | null; signal: string | null}): DockerConnectionError {
	const at = endpoint.url;
	const name = sshName(endpoint);
	const cause = causes.find(candidate => candidate.test.test(stderr));
	if (cause) return new DockerConnectionError(cause.say(name, sshHint(endpoint), at), at, cause.code);
	const line = lastUsefulLine(stderr);
	const how = exit.signal ? `was ended by ${exit.signal}` : `exited with code ${exit.code ?? '?'}`;
	// the quoted line may come from the remote host: made inert before anyone renders it
	return new DockerConnectionError(line ? `ssh to ${name} failed: ${inertText(line.slice(0, 200))}` : `ssh to ${name} ${how} before the daemon answered`, at, 'SSH');
}

/** `ssh` itself could not be started (not installed, not executable). */
export function sshNotStarted(endpoint: Endpoint, error: NodeJS.ErrnoException): DockerConnectionError {
	const why = error.code === 'ENOENT' ? 'there is no `ssh` on the PATH — install the OpenSSH client' : `\`ssh\` could not be started (${error.code ?? error.message})`;
	return new DockerConnectionError(`${why} to reach ${endpoint.url}`, endpoint.url, 'SSH_MISSING', {cause: error});
}
