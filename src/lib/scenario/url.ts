import { parseScenarioText, serializeScenario, type ParseResult, type Scenario } from './document';
import { issue, refusal } from './issues';

/**
 * The scenario in a link: `#s=` followed by the scenario's JSON in base64url. The whole document
 * travels, so a link reproduces the same numbers anywhere; nothing is sent to a server (the part
 * after # never leaves the browser).
 */
export const HASH_KEY = 's';

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
	const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** `#s=…` for a scenario. */
export function scenarioToHash(s: Scenario): string {
	return `#${HASH_KEY}=${toBase64Url(JSON.stringify(JSON.parse(serializeScenario(s))))}`;
}

/**
 * The scenario in a location hash: undefined when the hash holds none, otherwise the parse
 * result (refused, with reasons, when the link is damaged or invalid).
 */
export function scenarioFromHash(hash: string): ParseResult | undefined {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const encoded = params.get(HASH_KEY);
	if (encoded === null) return undefined;
	if (encoded.length > 700_000)
		return refusal([issue(['link'], 'the scenario in this link is too large')]);
	let text: string;
	try {
		text = fromBase64Url(encoded);
	} catch {
		return refusal([
			issue(['link'], 'the scenario in this link is damaged (not base64url-encoded UTF-8)')
		]);
	}
	return parseScenarioText(text);
}
