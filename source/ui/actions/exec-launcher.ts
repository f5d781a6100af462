// `e`: prepare the exec while the app is still on screen (so "no shell" is a message, not a flash),
// then hand the terminal to the shell through runExternal and report how it ended.
import {describeError} from '../../engine/errors.js';
import type {ActionService} from '../../store/actions/types.js';
import {runExecSession, type ExecTerminal} from '../../terminal/exec-session.js';
import type {Presenter} from './outcome-presenter.js';
import {sanitizeLine} from '../text/sanitize.js';

export type ExecLaunch = {
	actions: ActionService;
	runExternal: <T>(fn: () => Promise<T>) => Promise<T>;
	presenter: Pick<Presenter, 'message'>;
	terminal?: ExecTerminal;
	term?: string;
};

export async function launchExec(containerId: string, launch: ExecLaunch): Promise<void> {
	const {actions, runExternal, presenter} = launch;
	const term = launch.term ?? process.env.TERM;
	const prepared = await actions.prepareExec(containerId, {env: term ? [`TERM=${term}`] : []});
	if (prepared.kind === 'message') {
		presenter.message(sanitizeLine(prepared.text), prepared.level);
		return;
	}
	const terminal = launch.terminal ?? {stdin: process.stdin, stdout: process.stdout};
	try {
		const {exitCode} = await runExternal(() => runExecSession(prepared, terminal));
		const how = exitCode === null ? 'ended' : `exited with code ${exitCode}`;
		presenter.message(sanitizeLine(`shell ${prepared.shell} in ${prepared.containerName} ${how}`), 'info');
	} catch (error) {
		presenter.message(sanitizeLine(`shell in ${prepared.containerName} failed: ${describeError(error)}`), 'error');
	}
}
