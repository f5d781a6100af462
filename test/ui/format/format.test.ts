import {describe, expect, it} from 'vitest';
import {formatBytes} from '../../../source/ui/format/byte-size.js';
import {ageRefreshMs, formatAgo, formatDuration} from '../../../source/ui/format/durations.js';
import {formatPorts} from '../../../source/ui/format/ports.js';

describe('formatBytes', () => {
	it('prints decimal units like docker does', () => {
		expect(formatBytes(0)).toBe('0B');
		expect(formatBytes(999)).toBe('999B');
		expect(formatBytes(1_980_000)).toBe('1.98MB');
		expect(formatBytes(72_800_000)).toBe('72.8MB');
		expect(formatBytes(1_000_000_000)).toBe('1GB');
		expect(formatBytes(300_000_000)).toBe('300MB'); // was '3MB': integer zeros were stripped too
		expect(formatBytes(120_000)).toBe('120kB');
		expect(formatBytes(-1)).toBe('-');
	});
});

describe('durations', () => {
	it('uses one floored unit', () => {
		expect(formatDuration(7_900)).toBe('7s');
		expect(formatDuration(45_000)).toBe('40s');
		expect(formatDuration(12 * 60_000 + 59_000)).toBe('12m');
		expect(formatDuration(3 * 3_600_000)).toBe('3h');
		expect(formatDuration(47 * 3_600_000)).toBe('47h');
		expect(formatDuration(5 * 86_400_000)).toBe('5d');
		expect(formatDuration(30 * 86_400_000)).toBe('4w');
		expect(formatDuration(800 * 86_400_000)).toBe('2y');
	});

	it('refreshes only as often as the label can change', () => {
		expect(ageRefreshMs(3000)).toBe(1000);
		expect(ageRefreshMs(30_000)).toBe(10_000);
		expect(ageRefreshMs(3_600_000)).toBe(60_000);
	});

	it('says ago, and copes with unknown and future times', () => {
		const now = 1_000_000_000_000;
		expect(formatAgo(now - 90_000, now)).toBe('1m ago');
		expect(formatAgo(now + 5000, now)).toBe('just now');
		expect(formatAgo(null, now)).toBe('-');
	});
});

describe('formatPorts', () => {
	it('lists published ports first, folds IPv4/IPv6 duplicates, omits /tcp', () => {
		expect(formatPorts([
			{IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp'},
			{IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp'},
			{PrivatePort: 443, Type: 'tcp'},
			{PrivatePort: 53, Type: 'udp'},
		])).toBe('8080→80, 53/udp, 443');
		expect(formatPorts([])).toBe('');
	});
});
