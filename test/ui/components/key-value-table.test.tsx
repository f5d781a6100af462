// Density: key/value details take one line per field, even with room for a bordered table (the
// table drew a rule between rows: two lines per field, five fields on an 80×24 detail pane).
import React from 'react';
import {afterEach, expect, it} from 'vitest';
import {KeyValueTable} from '../../../source/ui/components/key-value-table.js';
import {plainFrame, renderInk, type InkHarness} from '../../support/ink.js';

let harness: InkHarness | undefined;
afterEach(() => harness?.unmount());

it('lays out key/value fields one line each, with no rules, however tall the pane', async () => {
	const items = ['state', 'image', 'id', 'command', 'ports'].map(key => ({key, value: `${key}-value`}));
	harness = await renderInk(<KeyValueTable items={items} width={40} height={20} />, {columns: 40, rows: 20});
	const lines = plainFrame(await harness.waitFor(/ports-value/)).split('\n').filter(line => line.trim() !== '');
	expect(lines).toEqual(items.map(item => `${item.key.padEnd(7)} ${item.value}`));
});

it('shows only the fields that fit the height, values cut to the width', async () => {
	const items = [{key: 'command', value: 'x'.repeat(80)}, {key: 'id', value: 'abc'}];
	harness = await renderInk(<KeyValueTable items={items} width={20} height={1} />, {columns: 20, rows: 5});
	const lines = plainFrame(await harness.waitFor(/command/)).split('\n').filter(line => line.trim() !== '');
	expect(lines).toEqual([`command ${'x'.repeat(11)}…`]);
});
