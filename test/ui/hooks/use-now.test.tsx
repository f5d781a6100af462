import {Text} from 'ink';
import React from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {createScreenClock, useNow, type ScreenClock} from '../../../source/ui/hooks/use-now.js';
import {renderInk} from '../../support/ink.js';

describe('createScreenClock', () => {
	afterEach(() => vi.useRealTimers());

	it('ticks at the shortest interval any reader wants, and every reader reads the same time', () => {
		vi.useFakeTimers();
		let wall = 0;
		const clock = createScreenClock(() => wall);
		const slow = vi.fn();
		const fast = vi.fn();
		const stopSlow = clock.subscribe(slow, 60_000);
		const stopFast = clock.subscribe(fast, 1000);
		slow.mockClear();
		wall = 1000;
		vi.advanceTimersByTime(1000);
		expect(clock.now()).toBe(1000);
		expect(slow).toHaveBeenCalledTimes(1); // the slow reader sees the fast tick too: one time for all
		expect(fast).toHaveBeenCalled();
		stopFast();
		slow.mockClear();
		vi.advanceTimersByTime(59_000);
		expect(slow).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1000);
		expect(slow).toHaveBeenCalledTimes(1);
		stopSlow();
		expect(vi.getTimerCount()).toBe(0);
	});

	it('a reader that appears moves the clock to the present for everyone', () => {
		let wall = 5000;
		const clock = createScreenClock(() => wall);
		const first = vi.fn();
		clock.subscribe(first, 60_000);
		wall = 47_000;
		first.mockClear();
		clock.subscribe(() => undefined, 60_000);
		expect(clock.now()).toBe(47_000);
		expect(first).toHaveBeenCalled();
	});
});

function Age({label, intervalMs, clock}: {label: string; intervalMs: number; clock: ScreenClock}) {
	const now = useNow(intervalMs, clock);
	return <Text>{`${label} ${now}`}</Text>;
}

it('a list ticking each minute and a detail opened later show the same time', async () => {
	let wall = 1_000;
	const clock = createScreenClock(() => wall);
	const screen = (detail: boolean) => (
		<>
			<Age label="list" intervalMs={60_000} clock={clock} />
			{detail ? <Age label="detail" intervalMs={60_000} clock={clock} /> : null}
		</>
	);
	const ink = await renderInk(screen(false));
	await ink.waitFor(/list 1000/);
	wall = 42_000;
	ink.instance.rerender(screen(true));
	const frame = await ink.waitFor(/detail/);
	expect(frame).toContain('list 42000');
	expect(frame).toContain('detail 42000');
	ink.unmount();
});
