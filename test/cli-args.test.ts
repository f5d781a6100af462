import {describe, expect, it} from 'vitest';
import {parseCommandLine, UsageError} from '../source/cli-args.js';

const flagsOf = (argv: string[]) => {
	const parsed = parseCommandLine(argv);
	if (parsed.action !== 'run') throw new Error(`expected run, got ${parsed.action}`);
	return parsed;
};
const usage = (argv: string[]) => {
	try {
		parseCommandLine(argv);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`${argv.join(' ')} was accepted`);
};

describe('parseCommandLine', () => {
	it('reads long, short, inline and negated flags, before or after the subcommand', () => {
		expect(flagsOf([])).toEqual({action: 'run', command: undefined, flags: {}});
		expect(flagsOf(['-H', 'unix:///a.sock', '--read-only', '--poll-interval', '3', '--log-tail=20']).flags).toEqual({host: 'unix:///a.sock', readOnly: true, pollInterval: 3, logTail: 20});
		expect(flagsOf(['version', '--json', '-Hunix:///b']).flags).toEqual({json: true, host: 'unix:///b'});
		expect(flagsOf(['--host=tcp://h:1', 'version']).command).toBe('version');
		expect(flagsOf(['--no-color', '--no-read-only']).flags).toEqual({color: false, readOnly: false});
		expect(flagsOf(['--tlsverify', '--tlscacert', 'ca.pem', '--tlscert=c.pem', '--tlskey', 'k.pem']).flags).toEqual({tlsverify: true, tlscacert: 'ca.pem', tlscert: 'c.pem', tlskey: 'k.pem'});
	});

	it('-h and --help ask for help, --version for the version, wherever they are', () => {
		expect(parseCommandLine(['-h'])).toEqual({action: 'help'});
		expect(parseCommandLine(['version', '--help'])).toEqual({action: 'help'});
		expect(parseCommandLine(['--version'])).toEqual({action: 'version'});
	});

	it('refuses unknown flags, long and short, with the docker CLI wording', () => {
		expect(usage(['--bogus'])).toBe('unknown flag: --bogus');
		expect(usage(['-v'])).toBe("unknown shorthand flag: 'v' in -v");
		expect(usage(['version', '--yaml'])).toBe('unknown flag: --yaml');
		expect(usage(['--no-host'])).toBe('unknown flag: --no-host');
	});

	it('refuses a flag without its value instead of falling back to a default', () => {
		expect(usage(['-H'])).toBe('flag needs an argument: -H');
		expect(usage(['--host'])).toBe('flag needs an argument: --host');
		expect(usage(['--host='])).toBe('flag needs an argument: --host');
		expect(usage(['-H', '--read-only'])).toBe('flag needs an argument: -H');
		expect(usage(['--log-tail', 'many'])).toBe('invalid argument "many" for --log-tail: not a number');
		expect(usage(['--read-only=yes'])).toBe('flag takes no argument: --read-only');
	});

	it('refuses unknown commands, extra arguments and flags of another command', () => {
		expect(usage(['versoin'])).toBe('unknown command "versoin"');
		expect(usage(['version', 'extra'])).toBe('version takes no arguments (got "extra")');
		expect(usage(['--json'])).toBe('--json is a flag of `dockhand version|contexts` only');
	});
});
