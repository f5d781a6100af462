// Exec endpoints. Start hijacks the connection through undici's upgrade (never a hand-set Upgrade
// header); create/start/resize are mutating, so --read-only refuses them before sending.
import {seg} from './container-calls.js';
import type {RequestCore} from './request-core.js';
import type {Engine, ExecInspect} from './types.js';

type ExecCalls = Pick<Engine, 'execCreate' | 'execStart' | 'execResize' | 'execInspect'>;

export function execCalls(core: RequestCore): ExecCalls {
	return {
		async execCreate(containerId, options) {
			const body = {AttachStdin: true, AttachStdout: true, AttachStderr: true, Tty: true, ...options};
			const {Id} = await core.json<{Id: string}>({method: 'POST', path: `/containers/${seg(containerId)}/exec`, body});
			return Id;
		},
		execStart: (execId, options = {}) => core.upgrade({path: `/exec/${seg(execId)}/start`, body: {Detach: false, Tty: options.tty ?? true}}),
		async execResize(execId, size) {
			await core.empty({method: 'POST', path: `/exec/${seg(execId)}/resize`, query: {h: size.h, w: size.w}});
		},
		execInspect: execId => core.json<ExecInspect>({method: 'GET', path: `/exec/${seg(execId)}/json`}),
	};
}
