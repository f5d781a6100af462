// The tiny shell behind exec: answers `echo`, `ls`, `pwd`, `exit`; anything else is "not found".
// Line based; with a TTY it echoes what is typed and prints a prompt, as a terminal would.

export type ShellOutput = {write: (stream: 'stdout' | 'stderr', text: string) => void; exit: (code: number) => void};

const listing: Record<string, string[]> = {
	'/': ['bin', 'dev', 'etc', 'home', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'],
	'/etc': ['hostname', 'hosts', 'os-release', 'passwd', 'resolv.conf'],
	'/tmp': [],
};

export class LineShell {
	private pending = '';
	private status = 0;
	private done = false;

	constructor(private readonly out: ShellOutput, private readonly tty: boolean, private readonly interactive: boolean) {}

	begin(): void {
		if (this.tty && this.interactive) this.out.write('stdout', '/ # ');
	}

	/** Runs one command line; returns false once the shell has exited. */
	run(line: string): boolean {
		const words = line.trim().split(/\s+/).filter(Boolean);
		const [command, ...args] = words;
		const nl = this.tty ? '\r\n' : '\n';
		if (command === undefined) {
			// nothing to run
		} else if (command === 'exit') {
			this.finish(args[0] === undefined ? this.status : Number(args[0]) || 0);
			return false;
		} else if (command === 'echo') {
			this.out.write('stdout', `${args.join(' ')}${nl}`);
			this.status = 0;
		} else if (command === 'pwd') {
			this.out.write('stdout', `/${nl}`);
			this.status = 0;
		} else if (command === 'ls') {
			const path = args.find(arg => !arg.startsWith('-')) ?? '/';
			const names = listing[path.replace(/(.)\/$/, '$1')];
			if (names === undefined) {
				this.out.write('stderr', `ls: ${path}: No such file or directory${nl}`);
				this.status = 1;
			} else {
				this.out.write('stdout', names.map(name => `${name}${nl}`).join(''));
				this.status = 0;
			}
		} else {
			this.out.write('stderr', `sh: ${command}: not found${nl}`);
			this.status = 127;
		}
		if (this.tty && this.interactive) this.out.write('stdout', '/ # ');
		return true;
	}

	/** Bytes typed or piped in; complete lines run. */
	input(text: string): void {
		for (const char of text) {
			if (this.done) return;
			if (this.tty && char === '\u0004' && this.pending === '') { // ^D on an empty line
				this.finish(this.status);
				return;
			}
			if (char === '\r' || char === '\n') {
				if (this.tty) this.out.write('stdout', '\r\n');
				const line = this.pending;
				this.pending = '';
				if (!this.run(line)) return;
				continue;
			}
			if (this.tty && (char === '\u007f' || char === '\b')) {
				if (this.pending.length > 0) this.out.write('stdout', '\b \b');
				this.pending = this.pending.slice(0, -1);
				continue;
			}
			this.pending += char;
			if (this.tty) this.out.write('stdout', char);
		}
	}

	/** stdin closed: the last line runs, then the shell exits with the last status. */
	close(): void {
		if (this.done) return;
		if (this.pending !== '' && !this.run(this.pending)) return;
		this.finish(this.status);
	}

	finish(code: number): void {
		if (this.done) return;
		this.done = true;
		this.out.exit(code);
	}
}

export const shells = new Set(['sh', 'bash', 'ash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/usr/bin/bash']);
