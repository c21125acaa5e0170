import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/lib/scenario/document';
import { scenarioToHash } from '../../src/lib/scenario/url';
import {
	Autosave,
	autosaveWinsOverLink,
	forgetTabLinks,
	linkDigest,
	rememberTabLink,
	tabId,
	TAB_LINKS_KEY
} from '../../src/lib/state/persistence';
import { MemoryStorage } from './memory-storage';

/** A tab that has autosaved: its local and session storage. */
function tabWithAutosave() {
	const local = new MemoryStorage();
	const session = new MemoryStorage();
	new Autosave(local, tabId(session)).save(defaultScenario());
	return { local, session };
}

const link = (requestsPerDay: string) => {
	const s = defaultScenario();
	s.workload = { ...s.workload, requestsPerDay };
	return scenarioToHash(s);
};

describe('linkDigest', () => {
	it.each([
		['', ''],
		['#s=a', '#s=a'],
		[link('1000'), link('1000')]
	])('is the same for the same link (%#)', (a, b) => expect(linkDigest(a)).toBe(linkDigest(b)));

	it('differs for links that differ in one character, and stays short for a huge link', () => {
		expect(linkDigest(link('1000'))).not.toBe(linkDigest(link('1001')));
		expect(linkDigest('#s=' + 'x'.repeat(700_000)).length).toBeLessThanOrEqual(11);
	});
});

describe('a reload opens the autosave when its link is one this tab held', () => {
	it('a link this tab wrote, the newest or one before it: the autosave wins', () => {
		const { local, session } = tabWithAutosave();
		rememberTabLink(session, link('1'));
		rememberTabLink(session, link('2'));
		expect(autosaveWinsOverLink(local, session, link('2'))).toBe(true);
		// The browser may reload the address held just before the last replaceState.
		expect(autosaveWinsOverLink(local, session, link('1'))).toBe(true);
	});

	it('a link this tab never held (pasted, shared, a new tab): the link wins', () => {
		const { local, session } = tabWithAutosave();
		rememberTabLink(session, link('1'));
		expect(autosaveWinsOverLink(local, session, link('3'))).toBe(false);
		expect(autosaveWinsOverLink(local, new MemoryStorage(), link('1'))).toBe(false);
	});

	it('without an autosave of this tab (storage blocked, pruned): the link wins', () => {
		const local = new MemoryStorage();
		const session = new MemoryStorage();
		tabId(session);
		rememberTabLink(session, link('1'));
		expect(autosaveWinsOverLink(local, session, link('1'))).toBe(false);
	});

	it('keeps only the newest four links, once each', () => {
		const { local, session } = tabWithAutosave();
		for (const n of ['1', '2', '3', '2', '4', '5']) rememberTabLink(session, link(n));
		const list = JSON.parse(session.getItem(TAB_LINKS_KEY) ?? '[]');
		expect(list).toEqual(['3', '2', '4', '5'].map((n) => linkDigest(link(n))));
		expect(autosaveWinsOverLink(local, session, link('1'))).toBe(false);
		expect(autosaveWinsOverLink(local, session, link('3'))).toBe(true);
	});

	it('reads a damaged list as empty', () => {
		const { local, session } = tabWithAutosave();
		for (const damaged of ['{', '"x"', '[1, null]']) {
			session.setItem(TAB_LINKS_KEY, damaged);
			expect(autosaveWinsOverLink(local, session, link('1'))).toBe(false);
			rememberTabLink(session, link('1'));
			expect(autosaveWinsOverLink(local, session, link('1'))).toBe(true);
		}
	});
});

describe('forgetTabLinks', () => {
	it('after a hash change from the address bar, the links the tab held no longer win', () => {
		const { local, session } = tabWithAutosave();
		rememberTabLink(session, link('1'));
		forgetTabLinks(session);
		expect(autosaveWinsOverLink(local, session, link('1'))).toBe(false);
		forgetTabLinks(new MemoryStorage()); // nothing to forget: no error
	});
});
