import {describe, expect, it} from 'vitest';
import {isSecretKey, maskEnvList, maskInspect, parseEnv, secretMask, shownValue} from '../../../source/ui/inspect/secret-mask.js';

describe('secret masking', () => {
	it('treats keys naming a password, token, secret, key or credential as secret, in any case', () => {
		for (const key of ['DB_PASSWORD', 'github_token', 'AWS_SECRET_ACCESS_KEY', 'API_KEY', 'GOOGLE_APPLICATION_CREDENTIALS', 'MYSQL_ROOT_PASSWORD', 'Password']) expect(isSecretKey(key)).toBe(true);
		for (const key of ['PATH', 'HOME', 'APP_MODE', 'PORT']) expect(isSecretKey(key)).toBe(false);
	});

	it('masks a secret value with a fixed mask (its length is not told) until revealed; an empty one stays empty', () => {
		const [secret, plain, empty] = parseEnv(['DB_PASSWORD=a=b=c', 'MODE=prod', 'API_TOKEN=']);
		expect(secret).toEqual({key: 'DB_PASSWORD', value: 'a=b=c', secret: true});
		expect(shownValue(secret!, false)).toBe(secretMask);
		expect(shownValue(secret!, true)).toBe('a=b=c');
		expect(shownValue(plain!, false)).toBe('prod');
		expect(shownValue(empty!, false)).toBe('');
	});

	it('masks the raw inspect copy, never the original, and leaves entries without = alone', () => {
		const inspect = {Id: 'x', Config: {Env: ['DB_PASSWORD=hunter2', 'PATH=/bin', 'NOVALUE']}};
		const masked = maskInspect(inspect, false);
		expect(masked.Config.Env).toEqual([`DB_PASSWORD=${secretMask}`, 'PATH=/bin', 'NOVALUE']);
		expect(inspect.Config.Env[0]).toBe('DB_PASSWORD=hunter2');
		expect(JSON.stringify(masked)).not.toContain('hunter2');
		expect(maskInspect(inspect, true)).toBe(inspect);
		expect(maskEnvList(['X_KEY=1'], true)).toEqual(['X_KEY=1']);
	});
});
