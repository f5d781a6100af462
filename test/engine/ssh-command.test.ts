// The ssh command line dockhand runs for ssh:// URLs (the docker CLI's), and the sentences it
// makes of ssh's stderr (lines as OpenSSH 9.2, bash/dash and docker print them).
import {describe, expect, it} from 'vitest';
import {parseHost} from '../../source/engine/endpoint.js';
import {EndpointError} from '../../source/engine/errors.js';
import {sshCommand} from '../../source/engine/ssh-command.js';
import {sshFailure} from '../../source/engine/ssh-errors.js';

const command = (url: string) => sshCommand(parseHost(url, 'flag', undefined));
const exit = {code: 255, signal: null};

describe('ssh command line', () => {
	it.each([
		['ssh://box', ['-o', 'ConnectTimeout=30', '-T', '--', 'box', 'docker', 'system', 'dial-stdio']],
		['ssh://deploy@box:2222', ['-l', 'deploy', '-p', '2222', '-o', 'ConnectTimeout=30', '-T', '--', 'box', 'docker', 'system', 'dial-stdio']],
		['ssh://box/var/run/docker.sock', ['-o', 'ConnectTimeout=30', '-T', '--', 'box', 'docker', '--host=unix:///var/run/docker.sock', 'system', 'dial-stdio']],
		['ssh://box/', ['-o', 'ConnectTimeout=30', '-T', '--', 'box', 'docker', 'system', 'dial-stdio']],
		['ssh://me@[::1]:22/run/my%20docker.sock', ['-l', 'me', '-p', '22', '-o', 'ConnectTimeout=30', '-T', '--', '::1', 'docker', `'--host=unix:///run/my docker.sock'`, 'system', 'dial-stdio']],
	])('%s → ssh %j', (url, args) => {
		expect(command(url)).toEqual({file: 'ssh', args});
	});

	it('leaves the port to ~/.ssh/config when the URL names none (no -p 22)', () => {
		expect(parseHost('ssh://box', 'env', undefined).port).toBeUndefined();
	});

	it('refuses what the docker CLI refuses: a password, a query, a fragment', () => {
		expect(() => parseHost('ssh://me:secret@box', 'flag', undefined)).toThrow(EndpointError);
		expect(() => parseHost('ssh://me:secret@box', 'flag', undefined)).toThrow(/holds a password/);
		expect(() => parseHost('ssh://box?x=1', 'flag', undefined)).toThrow(/query or fragment/);
		expect(() => parseHost('ssh://box#x', 'flag', undefined)).toThrow(/query or fragment/);
	});

	it('a host that looks like an option stays a host (after --)', () => {
		const {args} = command('ssh://-oProxyCommand=x');
		expect(args.indexOf('--')).toBe(args.indexOf('-oProxyCommand=x') - 1);
	});
});

describe('ssh failures as one sentence', () => {
	const endpoint = parseHost('ssh://deploy@box:2222/run/docker.sock', 'flag', undefined);
	const say = (stderr: string) => sshFailure(endpoint, stderr, exit).message;

	it.each([
		['deploy@box: Permission denied (publickey).', /^ssh login to deploy@box:2222 was refused \(wrong user or key\) — check that `ssh -p 2222 deploy@box` logs in/],
		['No ED25519 host key is known for [box]:2222 and you have requested strict checking.\nHost key verification failed.', /^the ssh host key of deploy@box:2222 is not in known_hosts and dockhand cannot ask — run `ssh -p 2222 deploy@box` once/],
		['@@@@@@@@@\n@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n@@@@@@@@@\nHost key verification failed.', /^the ssh host key of deploy@box:2222 has CHANGED/],
		['bash: line 1: docker: command not found', /^docker is not installed on deploy@box:2222, or not on the PATH of a non-interactive ssh session/],
		['sh: 1: docker: not found', /^docker is not installed on deploy@box:2222/],
		['ssh: connect to host box port 2222: Connection refused', /^deploy@box:2222 refused the ssh connection/],
		['ssh: connect to host box port 2222: Connection timed out', /^timed out connecting to deploy@box:2222 over ssh/],
		['ssh: Could not resolve hostname box: Name or service not known', /^ssh cannot resolve the host name of deploy@box:2222/],
		['failed to open the raw stream connection: dial unix /run/docker.sock: connect: no such file or directory', /^docker on deploy@box:2222 cannot reach its daemon — is dockerd running there, and is the socket path in ssh:\/\/deploy@box:2222\/run\/docker.sock right\?$/],
		['failed to open the raw stream connection: dial unix /run/docker.sock: connect: permission denied', /^the ssh user on deploy@box:2222 may not open the Docker socket/],
		[`docker: 'system dial-stdio' is not a docker command.`, /needs Docker 18\.09 or newer/],
	])('%s', (stderr, sentence) => {
		const text = say(stderr);
		expect(text).toMatch(sentence);
		expect(text).not.toMatch(/\n/);
	});

	it('anything else: the last line ssh printed, made inert, and the exit', () => {
		expect(say('Warning: Permanently added [box]:2222 (ED25519) to the list of known hosts.\nkex_exchange_identification: Connection closed by remote host\u001b[31m')).toBe('ssh to deploy@box:2222 failed: kex_exchange_identification: Connection closed by remote host');
		expect(sshFailure(endpoint, '', {code: null, signal: 'SIGKILL'}).message).toBe('ssh to deploy@box:2222 was ended by SIGKILL before the daemon answered');
	});
});
