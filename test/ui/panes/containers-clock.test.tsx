// The list's clock ticks for the rows on screen: a container that just stopped, far down a long
// list, must not redraw the screen every second while nobody can see its "3s ago".
import React from 'react';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {App} from '../../../source/ui/app.js';
import {containerView} from '../../../source/ui/state/container-view.js';
import {uiStore} from '../../../source/ui/state/ui-store.js';
import {renderInk, type InkHarness} from '../../support/ink.js';
import {container, fakeServices, fakeStore, makeState, withServices} from '../fixtures.js';

let harness: InkHarness | undefined;

beforeEach(() => {
	uiStore.reset();
	containerView.reset();
});
afterEach(() => {
	harness?.unmount();
	harness = undefined;
});

async function start(crashedName: string) {
	const long = Array.from({length: 100}, (_, index) => container({id: `c${index}`, name: `svc-${String(index).padStart(3, '0')}`}));
	const crashed = container({id: 'x', name: crashedName, state: 'exited', exitCode: 1, finishedAt: Date.now() - 1500});
	harness = await renderInk(withServices(fakeServices(fakeStore(makeState({containers: [...long, crashed]}))), <App />), {columns: 120, rows: 24});
	await harness.waitFor(/created 1h ago/); // the first row selected, its detail drawn
	return harness;
}

it('a row that just stopped counts its seconds while on screen', async () => {
	const ink = await start('aaa-crashed');
	await ink.waitFor(/aaa-crashed.*[1-3]s ago/);
	await ink.waitFor(/aaa-crashed.*[4-9]s ago/, 8000);
});

it('scrolled away, the same row ticks nothing: no frame in the seconds it would have', async () => {
	const ink = await start('zzz-crashed'); // the last of 101 rows: far below the screen
	// the start settles (selection, detail, the window reported to the list) within a few frames
	let frames = -1;
	while (ink.stdout.frames.length !== frames) {
		frames = ink.stdout.frames.length;
		await new Promise(resolve => setTimeout(resolve, 300));
	}
	// ticking it would draw a frame a second (4 or more here); one late frame of a busy start is allowed
	await new Promise(resolve => setTimeout(resolve, 4500));
	expect(ink.stdout.frames.length - frames).toBeLessThanOrEqual(1);
	expect(ink.lastFrame()).not.toContain('zzz-crashed');
});
