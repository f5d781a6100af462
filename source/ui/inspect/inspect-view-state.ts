// The inspect view's own state as a reducer with named actions: section, scroll offset, whether
// secrets are shown, and the raw view's search.
import {inspectSections, type InspectSection} from './inspect-sections.js';

export type InspectViewState = {
	section: InspectSection;
	offset: number;
	reveal: boolean;
	search: {editing: boolean; query: string};
};

export type InspectViewAction =
	| {type: 'section'; section: InspectSection}
	| {type: 'section.step'; delta: 1 | -1}
	| {type: 'scroll'; delta: number; max: number}
	| {type: 'scroll.to'; offset: number; max: number}
	| {type: 'reveal.toggle'}
	| {type: 'search.start'}
	| {type: 'search.set'; query: string}
	| {type: 'search.accept'}
	| {type: 'search.cancel'};

export const initialInspectView: InspectViewState = {section: 'overview', offset: 0, reveal: false, search: {editing: false, query: ''}};

const clamp = (value: number, max: number) => Math.max(0, Math.min(Math.max(0, max), value));

export function inspectViewReducer(state: InspectViewState, action: InspectViewAction): InspectViewState {
	switch (action.type) {
		case 'section':
			return state.section === action.section ? state : {...state, section: action.section, offset: 0};
		case 'section.step': {
			const index = inspectSections.indexOf(state.section);
			const next = inspectSections[(index + action.delta + inspectSections.length) % inspectSections.length]!;
			return {...state, section: next, offset: 0};
		}
		case 'scroll':
			return {...state, offset: clamp(state.offset + action.delta, action.max)};
		case 'scroll.to':
			return {...state, offset: clamp(action.offset, action.max)};
		case 'reveal.toggle':
			return {...state, reveal: !state.reveal};
		case 'search.start':
			// Search reads the raw JSON: every field is there.
			return {...state, section: 'raw', offset: state.section === 'raw' ? state.offset : 0, search: {editing: true, query: ''}};
		case 'search.set':
			return {...state, search: {...state.search, query: action.query}};
		case 'search.accept':
			return {...state, search: {...state.search, editing: false}};
		case 'search.cancel':
			return {...state, search: {editing: false, query: ''}};
	}
}
