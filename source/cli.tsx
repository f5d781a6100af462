// Entry point: flags → subcommand or the full-screen app. Kept thin; the work lives in modules.
import meow from 'meow';

const cli = meow(
	`
	Usage
	  $ dockhand [options]            full-screen UI
	  $ dockhand version [--json]     client, endpoint and engine versions (like docker version)

	Options
	  -H, --host <url>        daemon endpoint: unix:///path, tcp://host:port (default: DOCKER_HOST, context, /var/run/docker.sock)
	  --read-only             never send a request that changes anything (monitoring sessions)
	  --no-color              no colours (NO_COLOR is honoured too)
	  --poll-interval <s>     reconcile poll of the container list, seconds (default 10)
	  --log-tail <n>          lines of history when logs open (default 500)
	  --log-max-lines <n>     lines kept per log buffer (default 10000)
	  --log-max-mb <n>        megabytes kept per log buffer (default 16)
	  --shell <path>          shell for exec (default: /bin/bash, then /bin/sh)
	  --json                  version: print one JSON object
	  --version               dockhand's version
	  --help                  this text

	Environment
	  DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_API_VERSION, NO_COLOR
`,
	{
		importMeta: import.meta,
		version: __DOCKHAND_VERSION__,
		flags: {
			host: {type: 'string', shortFlag: 'H'},
			readOnly: {type: 'boolean', default: false},
			color: {type: 'boolean', default: true},
			pollInterval: {type: 'number', default: 10},
			logTail: {type: 'number', default: 500},
			logMaxLines: {type: 'number', default: 10_000},
			logMaxMb: {type: 'number', default: 16},
			shell: {type: 'string'},
			json: {type: 'boolean', default: false},
		},
	},
);

export type CliFlags = typeof cli.flags;

const [command] = cli.input;
if (command === 'version') {
	const {runVersionCommand} = await import('./version-command.js');
	process.exitCode = await runVersionCommand(cli.flags);
} else if (command === undefined) {
	const {runApp} = await import('./ui/run-app.js');
	process.exitCode = await runApp(cli.flags);
} else {
	process.stderr.write(`dockhand: unknown command "${command}" (try dockhand --help)\n`);
	process.exitCode = 2;
}
