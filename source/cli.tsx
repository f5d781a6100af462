// Entry point: flags → subcommand or the full-screen app. Kept thin; the work lives in modules.
import {parseCommandLine, UsageError, type CommandLine} from './cli-args.js';
import {configPath, loadConfigFile, resolveSettings, SettingsError, type Settings} from './settings.js';

const helpText = `
	Usage
	  $ dockhand [options]            full-screen UI
	  $ dockhand version [--json]     client, endpoint and engine versions (like docker version)
	  $ dockhand contexts [--json]    every daemon set up (docker contexts, DOCKER_HOST): current one, reachable, engine version
	  $ dockhand demo-engine --socket PATH [--containers N] [--api-version X.Y] [--seed S]
	                                  serve a simulated Docker Engine (no Docker needed)

	Options
	  --demo                  run against the built-in demo engine (simulated containers, no Docker needed)
	  -H, --host <url>        daemon endpoint: unix:///path, tcp://host:port, host:port (default: DOCKER_HOST, context, /var/run/docker.sock, else Podman's socket)
	  --context <name>        a docker context (as docker --context; wins over DOCKER_HOST); switch inside the app with x
	  --tlsverify             TLS with verification for -H / DOCKER_HOST (as DOCKER_TLS_VERIFY=1)
	  --tlscacert <file>      CA the daemon's certificate must be signed by (default: DOCKER_CERT_PATH/ca.pem)
	  --tlscert <file>        client certificate, with --tlskey <file> its key (default: DOCKER_CERT_PATH/cert.pem, key.pem)
	                          (any of these turns verified TLS on)
	  --read-only             never send a request that changes anything (monitoring sessions)
	  --no-color              no colours (NO_COLOR is honoured too)
	  --poll-interval <s>     reconcile poll of the container list, seconds (default 10; ×N/250 past 250 containers)
	  --log-tail <n>          lines of history when logs open (default 500)
	  --log-max-lines <n>     lines kept per log buffer (default 10000)
	  --log-max-mb <n>        megabytes kept per log buffer (default 16)
	  --log-flood <n>         a log writing more lines/s than this (or 4 MB/s) is read once a second
	                          instead of line by line, gaps marked (default 10000; 0: never)
	  --stats-interval <s>    CPU/MEM columns: seconds between samples of the visible running rows
	                          (default 5; 0: no columns)
	  --shell <path>          shell for exec (default: /bin/bash, then /bin/sh)
	  --log-dir <path>        folder where saved logs go (default: the current folder)
	  --json                  version, contexts: print JSON
	  (--no-read-only, --no-color … turn a setting from the config file off)
	  --version               dockhand's version
	  -h, --help              this text

	Config file
	  JSON at $DOCKHAND_CONFIG, else $XDG_CONFIG_HOME/dockhand/config.json (~/.config/dockhand/config.json):
	  {"readOnly": true, "host": "…", "pollInterval": 10, "logTail": 500, "logMaxLines": 10000, "logMaxMb": 16, "logFlood": 10000, "statsInterval": 5, "shell": "/bin/sh", "logDir": "~/logs", "color": true}

	Environment
	  DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION, NO_COLOR
`;

// The demo engine is a server with flags of its own, not a client of the settings below.
if (process.argv[2] === 'demo-engine') {
	const {runDemoEngineCommand} = await import('./demo-command.js');
	process.exit(await runDemoEngineCommand(process.argv.slice(3)));
}

let commandLine: CommandLine;
let settings: Settings;
try {
	commandLine = parseCommandLine(process.argv.slice(2).filter(arg => arg !== '--demo'));
	settings = resolveSettings(commandLine.action === 'run' ? commandLine.flags : {}, loadConfigFile(configPath(), Boolean(process.env.DOCKHAND_CONFIG)));
} catch (error) {
	if (!(error instanceof SettingsError || error instanceof UsageError)) throw error;
	process.stderr.write(`dockhand: ${error.message} (see dockhand --help)\n`);
	process.exit(2);
}

const command = commandLine.action === 'run' ? commandLine.command : undefined;
if (commandLine.action === 'help') {
	process.stdout.write(`${helpText.replace(/^\n/, '').replace(/^\t/gm, '  ')}\n`);
} else if (commandLine.action === 'version') {
	process.stdout.write(`${__DOCKHAND_VERSION__}\n`);
} else if (command === 'version') {
	const {runVersionCommand} = await import('./version-command.js');
	process.exitCode = await runVersionCommand(settings);
} else if (command === 'contexts') {
	const {runContextsCommand} = await import('./contexts-command.js');
	process.exitCode = await runContextsCommand(settings);
} else {
	const {runApp} = await import('./run-app.js');
	// --demo, or T on the cannot-reach screen (which ends that session): a session on the demo engine
	let result = await runApp(settings, {demo: process.argv.includes('--demo')});
	if (result === 'demo') result = await runApp(settings, {demo: true});
	process.exitCode = result === 'demo' ? 0 : result;
}
