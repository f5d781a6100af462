// What a row shows while an action on it runs: a spinner and "stopping…"; nothing otherwise.
import {Text} from 'ink';
import React, {useEffect, useState} from 'react';
import {theme} from '../theme.js';
import {usePendingAction} from './use-pending-action.js';

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const frameMs = 200; // slow enough to cost little terminal output over SSH

export function PendingLabel({id}: {id: string}) {
	const pending = usePendingAction(id);
	return pending ? <Spinner label={pending.label} /> : null;
}

function Spinner({label}: {label: string}) {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => setFrame(value => (value + 1) % frames.length), frameMs);
		return () => clearInterval(timer);
	}, []);
	return <Text {...theme.status.warn}>{`${frames[frame]} ${label}…`}</Text>;
}
