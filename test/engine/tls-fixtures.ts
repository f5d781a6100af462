// Makes a throwaway CA, server and client certificates with openssl for TLS tests (files in dir).
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export type TlsFixtures = {dir: string; ca: string; serverCert: string; serverKey: string; wrongNameCert: string; wrongNameKey: string; otherCa: string};

export function makeTlsFixtures(): TlsFixtures {
	const dir = mkdtempSync(join(tmpdir(), 'dh-tls-'));
	const ssl = (...args: string[]) => execFileSync('openssl', args, {cwd: dir, stdio: 'pipe'});
	const ca = (name: string) => ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.pem`);
	ca('ca');
	ca('other-ca');
	// days -1: signed now, expired since yesterday (notAfter before notBefore, as good as any past date here)
	const server = (name: string, san: string, days = '2') => {
		writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${san}\n`);
		ssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`);
		ssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', days, '-extfile', `${name}.ext`, '-out', `${name}.pem`);
	};
	server('server', 'IP:127.0.0.1,DNS:localhost');
	server('wrong', 'DNS:somewhere.else');
	server('expired', 'IP:127.0.0.1,DNS:localhost', '-1');
	// client certificates: one from the CA the server trusts, one from another CA
	const client = (name: string, signer: string) => {
		writeFileSync(join(dir, `${name}.ext`), 'extendedKeyUsage=clientAuth\n');
		ssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${name}`, '-keyout', `${name}.key`, '-out', `${name}.csr`);
		ssl('x509', '-req', '-in', `${name}.csr`, '-CA', `${signer}.pem`, '-CAkey', `${signer}.key`, '-CAcreateserial', '-days', '2', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
	};
	client('client', 'ca');
	client('stranger', 'other-ca');
	const read = (file: string) => readFileSync(join(dir, file), 'utf8');
	return {dir, ca: read('ca.pem'), serverCert: read('server.pem'), serverKey: read('server.key'), wrongNameCert: read('wrong.pem'), wrongNameKey: read('wrong.key'), otherCa: read('other-ca.pem')};
}
