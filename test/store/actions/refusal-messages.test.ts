import {describe, expect, it} from 'vitest';
import {DockerApiError, DockerConnectionError, ReadOnlyError} from '../../../source/engine/errors.js';
import {refusalText} from '../../../source/store/actions/refusal-messages.js';

describe('refusalText', () => {
	it('turns daemon answers into plain sentences', () => {
		expect(refusalText(new DockerApiError(404, 'No such container: abc', 'POST', '/containers/abc/stop'), 'stop', 'web')).toBe('web no longer exists (No such container: abc)');
		expect(refusalText(new DockerApiError(409, 'Container abc is already paused', 'POST', '/x'), 'pause', 'web')).toBe('could not pause web: Container abc is already paused');
		expect(refusalText(new DockerApiError(500, 'driver failed', 'POST', '/x'), 'start', 'web')).toBe('the daemon failed to start web: driver failed');
		expect(refusalText(new DockerApiError(403, '', 'DELETE', '/x'), 'remove', 'network host')).toBe('could not remove network host: HTTP 403');
		expect(refusalText(new DockerApiError(403, 'host is a pre-defined network', 'DELETE', '/x'), 'remove', 'network host')).toBe('could not remove network host: host is a pre-defined network (HTTP 403)');
	});

	it("Podman's 500 for a state that forbids the action reads as a refusal, like Docker's 409", () => {
		const podman = new DockerApiError(500, 'container 4f2a1b3c4d5e is running or paused, refusing to clean up: container state improper', 'POST', '/x');
		expect(refusalText(podman, 'stop', 'web')).toBe('could not stop web: container 4f2a1b3c4d5e is running or paused, refusing to clean up: container state improper');
	});

	it('read-only refusals name the disabled action', () => {
		expect(refusalText(new ReadOnlyError('POST', '/containers/x/kill'), 'kill', 'web')).toBe('read-only session: kill is disabled');
	});

	it('connection failures keep the engine\'s own sentence', () => {
		const error = new DockerConnectionError('Cannot connect to the Docker daemon at unix:///x.sock: is it running?', 'unix:///x.sock', 'ENOENT');
		expect(refusalText(error, 'start', 'web')).toBe('could not start web: Cannot connect to the Docker daemon at unix:///x.sock: is it running?');
	});
});
