// Encodes Docker API query parameters: booleans as 1/0, filters as JSON, undefined left out.
import type {Filters} from './types.js';

export type QueryValue = string | number | boolean | undefined | null | Filters;

export function encodeQuery(query: Record<string, QueryValue> | undefined): string {
	if (!query) return '';
	const parts = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined || value === null) continue;
		if (typeof value === 'boolean') parts.append(key, value ? '1' : '0');
		else if (typeof value === 'object') {
			if (Object.keys(value).length > 0) parts.append(key, JSON.stringify(value));
		} else parts.append(key, String(value));
	}
	const text = parts.toString();
	return text ? `?${text}` : '';
}
