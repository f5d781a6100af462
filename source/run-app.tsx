// Starts the full-screen app: endpoint → engine → store → services → Ink on the alternate screen.
// Whatever ends the app (q, Ctrl-C, SIGTERM, SIGHUP, a crash) leaves the terminal as it was.
import chalk from 'chalk';
import {render, type SuspendTerminal} from 'ink';
import React from 'react';
import type {Settings} from './settings.js';
import {closeSession, openSession, type AppSession} from './app-session.js';
import {probeLimits} from './contexts-command.js';
import {listEndpointChoices} from './engine/endpoint-choices.js';
import {probeEndpoint} from './engine/endpoint-probe.js';
import {resolveEndpoint} from './engine/endpoint.js';
import {tlsFlags} from './settings.js';
import {describeError} from './engine/errors.js';
import type {Endpoint} from './engine/types.js';
import {createContextsService} from './store/contexts/contexts-service.js';
import {inertText} from './text/inert-text.js';
import {App} from './ui/app.js';
import {SuspendBridge} from './ui/components/suspend-bridge.js';
import {ServicesProvider, type Services} from './ui/services-context.js';
import {uiStore} from './ui/state/ui-store.js';
import {demoOffered, startEmbeddedDemo, type EmbeddedDemo} from './demo-engine/embedded-demo.js';
import {setColorEnabled, wantsColor} from './ui/theme.js';

const leaveAlternateScreen = '\u001B[?1049l\u001B[?25h';

/** Errors of a terminal that is gone: reads and writes on a hung-up pty (EIO), a closed pipe (EPIPE). */
function isTerminalGone(error: unknown): boolean {
	const code = (error as {code?: unknown} | null)?.code;
	return code === 'EIO' || code === 'EPIPE' || code === 'ENXIO' || code === 'EBADF';
}

/** 'demo': the user asked for the demo on the cannot-reach screen; the caller starts a demo session. */
export async function runApp(flags: Settings, options: {demo?: boolean} = {}): Promise<number | 'demo'> {
	setColorEnabled(wantsColor(flags.color));
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		process.stderr.write('dockhand: the full-screen UI needs a terminal on stdin and stdout (try `dockhand version` for scripts)\n');
		return 1;
	}
	// stdout is a terminal: inverse/bold/dim always work there, even when supports-color says 0
	// (CI=true, TERM=dumb) — without them the selected row would be invisible.
	if (chalk.level === 0) chalk.level = 1;
	let endpoint: Endpoint;
	let session: AppSession;
	let demo: EmbeddedDemo | undefined;
	try {
		if (options.demo) demo = await startEmbeddedDemo();
		endpoint = demo ? resolveEndpoint({host: demo.host}) : resolveEndpoint({host: flags.host, context: flags.context, tls: tlsFlags(flags)});
		session = openSession(endpoint, flags);
	} catch (error) {
		process.stderr.write(inertText(`dockhand: ${describeError(error)}\n`));
		return 1;
	}
	// the demo is one daemon: there is nothing to switch to
	const contexts = demo
		? undefined
		: createContextsService({
				list: () => listEndpointChoices({host: flags.host, context: flags.context, tls: tlsFlags(flags)}),
				probe: target => probeEndpoint(target, {timeoutMs: probeLimits.timeoutMs}),
				concurrency: probeLimits.concurrency,
			});
	let suspend: SuspendTerminal | null = null;
	/** The terminal hung up (EIO, EPIPE, SIGHUP): wind down quietly, hand it to nothing. */
	let terminalLost = false;
	let demoWanted = false;
	let generation = 0;
	let switching = false;
	const servicesFor = ({store, logs, actions, engine, stats, endpoint}: AppSession): Services => ({
		store,
		logs,
		actions,
		readOnly: flags.readOnly,
		endpoint,
		demo: demo !== undefined,
		openDemo: demo === undefined && demoOffered(endpoint) ? () => (demoWanted = true) : undefined,
		async runExternal<T>(fn: () => Promise<T>): Promise<T> {
			if (terminalLost) throw new Error('the terminal is gone');
			if (!suspend) return fn();
			let result: T | undefined;
			// the list is hidden while a shell has the terminal: sample nothing
			stats.sampler?.setPaused(true);
			try {
				await suspend(async () => {
					result = await fn();
				});
			} finally {
				stats.sampler?.setPaused(false);
			}
			return result as T;
		},
		inspectImage: id => engine.inspectImage(id),
		imageHistory: id => engine.imageHistory(id),
		details: engine,
		stats,
		contexts: contexts && {service: contexts, choose: name => void switchTo(name)},
	});
	// a new session remounts the app (key): no selection, filter or open log of the old daemon survives
	const view = (current: AppSession) => (
		<ServicesProvider services={servicesFor(current)}>
			<SuspendBridge onReady={value => (suspend = value)} />
			<App key={generation} />
		</ServicesProvider>
	);
	uiStore.reset();
	// said once on the message line: how the session was set up differs from what was asked
	for (const note of session.engine.notes) uiStore.dispatch({type: 'message.show', text: note, level: 'info'});
	session.store.start();
	const instance = render(
		view(session),
		// interactive: a terminal is checked above; Ink would otherwise go non-interactive whenever CI=true is set
		{alternateScreen: true, exitOnCtrlC: false, incrementalRendering: true, patchConsole: true, interactive: true, maxFps: 120},
	);

	/** The contexts view chose another daemon: the new session starts, the app remounts on it, the old one closes. */
	async function switchTo(name: string): Promise<void> {
		const choice = contexts?.getState().rows.find(row => row.choice.name === name)?.choice;
		if (switching || !choice?.endpoint) return;
		let next: AppSession;
		try {
			next = openSession(choice.endpoint, flags);
		} catch (error) {
			uiStore.dispatch({type: 'message.show', text: inertText(`${name}: ${describeError(error)}`), level: 'error'});
			return;
		}
		switching = true;
		const previous = session;
		session = next;
		generation++;
		contexts?.setActive(name);
		uiStore.reset();
		next.store.start();
		instance.rerender(view(next));
		uiStore.dispatch({type: 'message.show', text: inertText(`switched to ${name} (${next.endpoint.url})`), level: 'info'});
		for (const note of next.engine.notes) uiStore.dispatch({type: 'message.show', text: note, level: 'info'});
		try {
			await closeSession(previous);
		} finally {
			switching = false;
		}
	}

	let crashed: unknown;
	const quit = () => instance.unmount();
	// The terminal went away (tmux killed, SSH dropped): a normal exit with nobody left to tell.
	const loseTerminal = () => {
		terminalLost = true;
		try {
			instance.unmount();
		} catch {
			// unmount writes to the dead terminal; its errors are expected now
		}
	};
	const crash = (error: unknown) => {
		// with the terminal gone nobody can read a report: what fails while winding down is dropped
		if (terminalLost || isTerminalGone(error)) return loseTerminal();
		crashed ??= error;
		try {
			instance.unmount();
		} catch {
			process.stdout.write(leaveAlternateScreen);
		}
	};
	const onStreamError = (error: unknown) => (isTerminalGone(error) ? loseTerminal() : crash(error));
	// stay attached after the app ends: the last writes to a closed terminal must not surface as uncaught errors
	for (const stream of [process.stdout, process.stdin, process.stderr]) stream.on('error', onStreamError);
	const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
	for (const signal of signals) process.on(signal, quit);
	process.on('SIGHUP', loseTerminal);
	process.on('uncaughtException', crash);
	process.on('unhandledRejection', crash);
	try {
		await instance.waitUntilExit();
	} catch (error) {
		crashed ??= error;
	} finally {
		for (const signal of signals) process.off(signal, quit);
		process.off('SIGHUP', loseTerminal);
		// kept after a lost terminal: work still winding down (an exec session ending) must not print a crash
		if (!terminalLost) {
			process.off('uncaughtException', crash);
			process.off('unhandledRejection', crash);
		}
		if (process.stdin.isTTY && !terminalLost) process.stdin.setRawMode(false);
		process.stdin.pause();
	}
	contexts?.close();
	await closeSession(session);
	await demo?.close();
	if (terminalLost) {
		// nothing of ours should keep the process alive now; if something does (a hijacked exec socket), end anyway
		setTimeout(() => process.exit(0), 1000).unref();
		return 0;
	}
	if (crashed) {
		// an error's message may quote the daemon: through the same boundary as everything it sends
		process.stderr.write(inertText(`dockhand crashed: ${crashed instanceof Error ? (crashed.stack ?? crashed.message) : String(crashed)}\n`));
		return 1;
	}
	return demoWanted ? 'demo' : 0;
}
