// Starts the full-screen app: endpoint → engine → store → services → Ink on the alternate screen.
// Whatever ends the app (q, Ctrl-C, SIGTERM, SIGHUP, a crash) leaves the terminal as it was.
import chalk from 'chalk';
import {render, type SuspendTerminal} from 'ink';
import React from 'react';
import type {Settings} from './settings.js';
import {createEngine} from './engine/create-engine.js';
import {resolveEndpoint} from './engine/endpoint.js';
import {tlsFlags} from './settings.js';
import {describeError} from './engine/errors.js';
import type {Endpoint} from './engine/types.js';
import {createActionService} from './store/actions/action-service.js';
import {createDaemonStore} from './store/daemon-store.js';
import {defaultFloodLimits} from './store/logs/flood-gauge.js';
import {createLogService} from './store/logs/log-service.js';
import {inertText} from './text/inert-text.js';
import {createStatsService} from './store/stats/stats-service.js';
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
	let engine: ReturnType<typeof createEngine>;
	let demo: EmbeddedDemo | undefined;
	try {
		if (options.demo) demo = await startEmbeddedDemo();
		endpoint = demo ? resolveEndpoint({host: demo.host}) : resolveEndpoint({host: flags.host, tls: tlsFlags(flags)});
		engine = createEngine(endpoint, {readOnly: flags.readOnly});
	} catch (error) {
		process.stderr.write(inertText(`dockhand: ${describeError(error)}\n`));
		return 1;
	}
	const store = createDaemonStore(engine, {pollIntervalMs: Math.max(1, flags.pollInterval) * 1000});
	const actions = createActionService(engine, store, {shell: flags.shell});
	const logs = createLogService(engine, store, {
		tail: flags.logTail,
		maxLines: flags.logMaxLines,
		maxBytes: Math.round(flags.logMaxMb * 1024 * 1024),
		saveDirectory: flags.logDir,
		floodLimits: flags.logFlood > 0 ? {...defaultFloodLimits, linesPerSecond: flags.logFlood} : null,
	});
	const stats = createStatsService(engine, {intervalMs: flags.statsInterval * 1000});
	let suspend: SuspendTerminal | null = null;
	/** The terminal hung up (EIO, EPIPE, SIGHUP): wind down quietly, hand it to nothing. */
	let terminalLost = false;
	let demoWanted = false;
	const services: Services = {
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
	};
	uiStore.reset();
	// said once on the message line: how the session was set up differs from what was asked
	for (const note of engine.notes) uiStore.dispatch({type: 'message.show', text: note, level: 'info'});
	store.start();
	const instance = render(
		<ServicesProvider services={services}>
			<SuspendBridge onReady={value => (suspend = value)} />
			<App />
		</ServicesProvider>,
		// interactive: a terminal is checked above; Ink would otherwise go non-interactive whenever CI=true is set
		{alternateScreen: true, exitOnCtrlC: false, incrementalRendering: true, patchConsole: true, interactive: true, maxFps: 120},
	);

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
	logs.close();
	stats.close();
	await Promise.race([Promise.allSettled([store.stop(), engine.close()]), new Promise(resolve => setTimeout(resolve, 1500).unref())]);
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
