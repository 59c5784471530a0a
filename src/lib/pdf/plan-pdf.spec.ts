import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemById } from '$lib/checklist/catalogue';
import type { Room } from '$lib/checklist/check';
import { fallRiskAdvice } from '$lib/checklist/fall-risk';
import { ownerName, SOURCE_NAMES } from '$lib/checklist/names';
import { actionsByPart, gpLetters, partName, topActions, type PartId } from '$lib/checklist/parts';
import { compareVisits, makePlan } from '$lib/checklist/plan';
import { itemsFor } from '$lib/checklist/rules';
import type { Language, Region } from '$lib/checklist/types';
import {
	FIXTURE_ROOMS,
	FIXTURE_TEXT,
	PHOTO_SIZES,
	fixtureAnswersWithHazards,
	fixtureAnswersWithoutHazards,
	fixtureCheck,
	fixturePhoto,
	fixturePhotos,
	withAnswers
} from './fixture';
import {
	buildPlanPdf,
	DEFAULT_PDF_OPTIONS,
	pdfFileName,
	type PdfOptions,
	type PlanPdfInput
} from './plan-pdf';
import { MM, pageTexts, positions, readPdf, squash, type ReadPdf } from './read-pdf';
import { pdfSafe } from './safe-text';
import { PDF_TEXT } from './text';

const NOW = new Date(2026, 11, 3, 10, 30);
const { stairs, bathroom, bedroom, person } = FIXTURE_ROOMS;
/** Footer text sits below this many mm from the top of the page. */
const FOOTER_TOP = 278;
/** Tests that make and read a whole PDF: a third of this is several times what they need. */
const PDF_TIMEOUT = 15_000;

/** The input for the full fixture home, with these changes. */
function input(
	language: Language,
	changes: Partial<Omit<PlanPdfInput, 'options'>> & { options?: Partial<PdfOptions> } = {},
	region: Region = 'general'
): PlanPdfInput {
	const check = changes.check ?? fixtureCheck(undefined, region);
	return {
		check,
		answers: fixtureAnswersWithHazards(check),
		language,
		photos: [],
		now: NOW,
		...changes,
		options: { ...DEFAULT_PDF_OPTIONS, ...changes.options }
	};
}

/** A PDF of the full fixture home, read back. */
async function made(
	...args: Parameters<typeof input>
): Promise<{ bytes: Uint8Array; read: ReadPdf }> {
	const bytes = await buildPlanPdf(input(...args));
	return { bytes, read: await readPdf(bytes) };
}

/** The PDFs most tests read, each made once. */
const shared = new Map<string, Promise<{ bytes: Uint8Array; read: ReadPdf }>>();
function sharedPdf(key: string, ...args: Parameters<typeof input>) {
	if (!shared.has(key)) shared.set(key, made(...args));
	return shared.get(key)!;
}
const plain = () => sharedPdf('en-general', 'en', {}, 'general');
const dutch = () => sharedPdf('nl-nl', 'nl', {}, 'nl');

/** The PDF's bytes as text, one character per byte. */
function bytesOf(pdf: Uint8Array): string {
	return Buffer.from(pdf).toString('latin1');
}

/** Whether a piece of text is in the footer. */
function inFooter(piece: { y: number }): boolean {
	return 297 - piece.y / MM > FOOTER_TOP;
}

/** The page a text starts on (the first page whose text holds it), or 0. */
function pageOf(read: ReadPdf, value: string): number {
	return pageTexts(read).findIndex((page) => page.includes(squash(value))) + 1;
}

/** The finding of a hazard or a risk factor, in English. */
function findingOf(itemId: string): string {
	const item = itemById(itemId)!;
	return squash('finding' in item ? item.finding.en : '');
}

/** The plan of the fixture home in a region. */
function fixturePlan(region: Region = 'general') {
	const check = fixtureCheck(undefined, region);
	const answers = fixtureAnswersWithHazards(check);
	return { check, answers, plan: makePlan(check, answers) };
}

describe('page 1 of the action plan', () => {
	it(
		'stands alone: who and where, the risk level, the score, five actions with their owners, the disclaimer',
		async () => {
			const { read } = await plain();
			const [page1 = ''] = pageTexts(read);
			const text = PDF_TEXT.en;
			const { plan } = fixturePlan();
			expect(page1).toContain(text.title);
			expect(page1).toContain(FIXTURE_TEXT.label);
			expect(page1).toContain('Date of the visit: 25 November 2026');
			expect(page1).toContain('Checked by: a nurse or care worker');
			expect(page1).toContain('Next visit: 24 February 2027');
			expect(page1).toContain(`${fallRiskAdvice('high', 'general').title.en}: Mevrouw Jansen`);
			expect(page1).toContain(squash(fallRiskAdvice('high', 'general').meaning.en));
			expect(page1).toContain('Self-test (12 questions): 9 of 14 points');
			expect(page1).toContain(text.disclaimer);
			const top = topActions(plan);
			expect(top).toHaveLength(5);
			const order = top.flatMap((action, index) => [
				`${index + 1}. ${action.item.finding.en}`,
				ownerName(action.owner, 'general').en
			]);
			expect(positions(page1, order)).not.toContain(-1);
			expect(page1).toContain(text.countsHeading(40));
		},
		PDF_TIMEOUT
	);

	it(
		'counts the actions by who acts, with the page each part starts on',
		async () => {
			const { read } = await plain();
			const { plan } = fixturePlan();
			const page1 = read.pieces.filter((piece) => piece.page === 1);
			for (const { part, actions } of actionsByPart(plan)) {
				const name = partName(part, 'general').en;
				const label = page1.findLast((piece) => piece.text.startsWith(name))!;
				const cells = page1
					.filter((piece) => Math.abs(piece.y - label.y) < 0.5 && piece !== label)
					.map((piece) => piece.text.trim())
					.filter(Boolean);
				const title =
					part === 'gp' ? PDF_TEXT.en.letterTitle(true) : PDF_TEXT.en.partTitle(part, 'general');
				expect(cells, name).toEqual([
					String(actions.length),
					String(actions.filter((action) => !action.done).length),
					String(pageOf(read, title))
				]);
			}
		},
		PDF_TIMEOUT
	);
});

describe('the parts for each who acts', () => {
	it(
		'heads each action with its finding, never a question',
		async () => {
			const { read } = await plain();
			const { plan, answers } = fixturePlan();
			for (const action of plan.actions)
				expect(read.text).toContain(squash(action.item.finding.en));
			for (const piece of read.pieces) expect(piece.text.trim()).not.toMatch(/\?$/);
			for (const answer of answers.values()) {
				const question = itemById(answer.itemId)!.question.en;
				expect(read.text, answer.itemId).not.toContain(squash(question));
			}
		},
		PDF_TIMEOUT
	);

	it(
		'gives each action what to do, why with its sources, who acts, the due date, done and the note',
		async () => {
			const { read } = await plain();
			const rail = itemById('stairs.rail-both-sides')!;
			expect(read.text).toContain(FIXTURE_TEXT.rewrittenFix);
			expect(read.text).toContain(`Note: ${FIXTURE_TEXT.railNote}`);
			expect(read.text).toContain(`Note: ${FIXTURE_TEXT.lightNote}`);
			expect(read.text).toMatch(/Why it matters: [^[]+ \[\d+(, \d+)*\]/);
			expect(read.text).toContain(squash(rail.regional!.general!.fix!.en));
			expect(read.text).toContain('By 15 December 2026 Done');
			expect(read.text).toContain(PDF_TEXT.en.sourcesTitle);
			expect(read.text).toContain(squash(SOURCE_NAMES.WFG.en));
			expect(read.text).toContain(squash(SOURCE_NAMES.HSSAT.en));
		},
		PDF_TIMEOUT
	);

	it(
		'starts each part on a page of its own, with its heading at the top',
		async () => {
			const { read } = await plain();
			const text = PDF_TEXT.en;
			const titles = (['self', 'family', 'handyman', 'landlord', 'council', 'care'] as PartId[])
				.map((part) => text.partTitle(part, 'general'))
				.concat(text.letterTitle(true));
			const pages = titles.map((title) => {
				const piece = read.pieces.find((p) => p.text === title)!;
				expect(piece, title).toBeDefined();
				const onPage = read.pieces.filter((p) => p.page === piece.page && !inFooter(p));
				expect(Math.max(...onPage.map((p) => p.y)), title).toBe(piece.y);
				expect(piece.size).toBeGreaterThanOrEqual(18);
				return piece.page;
			});
			expect(new Set(pages).size).toBe(titles.length);
			expect(pages).toEqual([...pages].sort((a, b) => a - b));
			expect(pages[0]).toBe(2);
		},
		PDF_TIMEOUT
	);

	it(
		'keeps each action whole on one page: its finding and its reason together',
		async () => {
			const { read } = await plain();
			const { plan } = fixturePlan();
			const texts = pageTexts(read);
			const rows = actionsByPart(plan).filter((group) => group.part !== 'gp');
			for (const action of rows.flatMap((group) => group.actions)) {
				const finding = squash(action.item.finding.en);
				const page = texts.findIndex((t, index) => index > 0 && t.includes(finding));
				expect(page, action.item.id).toBeGreaterThan(0);
				expect(texts[page]!.slice(texts[page]!.indexOf(finding))).toContain('Why it matters:');
			}
		},
		PDF_TIMEOUT
	);

	it(
		'lists risk factors only under “To mention to your GP” and in the GP letter',
		async () => {
			const { read } = await plain();
			const text = PDF_TEXT.en;
			const { plan } = fixturePlan();
			const all = squash(pageTexts(read).join(' '));
			const mention = all.indexOf(`${text.mentionHeading}: Mevrouw Jansen`);
			const family = all.indexOf(text.partTitle('family', 'general'));
			const letter = all.indexOf(text.letterTitle(true));
			const sources = all.indexOf(text.sourcesTitle, letter);
			expect([mention, family, letter, sources].every((at) => at > 0)).toBe(true);
			const factors = plan.personal[0]!.riskFactors;
			expect(factors.length).toBeGreaterThan(10);
			for (const factor of factors) {
				const finding = squash(factor.finding.en);
				let at = all.indexOf(finding);
				expect(at, factor.id).toBeGreaterThan(0);
				for (; at >= 0; at = all.indexOf(finding, at + 1)) {
					const inMention = at > mention && at < family;
					const inLetter = at > letter && at < sources;
					expect(inMention || inLetter, `${factor.id} at ${at}`).toBe(true);
				}
			}
		},
		PDF_TIMEOUT
	);

	it(
		'writes a one-page letter for the GP: the level, the timed tests, the medicines, the questions',
		async () => {
			const { read } = await plain();
			const text = PDF_TEXT.en;
			const page = pageOf(read, text.letterTitle(true));
			const letter = pageTexts(read)[page - 1]!;
			expect(letter).toContain('High fall risk');
			expect(letter).toContain(
				'fall in the past 12 months: yes; unsteady when standing or walking: yes; concerned about falling: yes'
			);
			expect(letter).toContain('Was hurt in a fall in the past 12 months.');
			expect(letter).toContain('Timed Up and Go 18.5 s (over 15 s)');
			expect(letter).toContain('4-metre walk 6.2 s, gait speed 0.65 m/s (under 0.8 m/s)');
			expect(letter).toContain('30-second chair stand: 6');
			expect(letter).toContain('9 of 14 points (4 or more: raised risk)');
			for (const id of ['medicines.sleeping-pills', 'medicines.blood-pressure', 'medicines.many'])
				expect(letter).toContain(findingOf(id));
			const [gp] = gpLetters(fixturePlan().check, fixturePlan().answers);
			expect(gp!.questions).toHaveLength(6);
			for (const question of gp!.questions)
				expect(letter).toContain(squash(text.gpQuestion(question.id, 'general')));
			expect(letter).toContain(text.disclaimer);
			expect(pageTexts(read)[page]).toMatch(new RegExp(`^${text.sourcesTitle}`));
		},
		PDF_TIMEOUT
	);

	it(
		'writes the letter in Dutch GP words in the Netherlands',
		async () => {
			const { read } = await dutch();
			const page = pageOf(read, PDF_TEXT.nl.letterTitle(true));
			const letter = pageTexts(read)[page - 1]!;
			for (const word of [
				'valanalyse',
				'medicatiebeoordeling',
				'botdichtheidsmeting',
				'Verwijzing fysiotherapeut valpreventie',
				'Timed Up and Go 18,5 s (boven 15 s)',
				'loopsnelheid 0,65 m/s',
				'Gebruikt slaapmiddelen.',
				'Hoog valrisico'
			])
				expect(letter).toContain(word);
		},
		PDF_TIMEOUT
	);
});

describe('print sizes and long text', () => {
	it(
		'prints body text at 11 pt or more and headings larger',
		async () => {
			const { read } = await plain();
			const body = read.pieces.filter((piece) => !inFooter(piece));
			expect(Math.min(...body.map((piece) => piece.size))).toBeGreaterThanOrEqual(11);
			const title = read.pieces.find((piece) => piece.text === PDF_TEXT.en.title)!;
			expect(title.size).toBeGreaterThan(20);
			const finding = read.pieces.find((p) => p.text.startsWith('There is no sturdy grab rail'))!;
			expect(finding.size).toBe(11);
		},
		PDF_TIMEOUT
	);

	it(
		'prints body text at 14 pt or more in large print (the GP letter stays at 11 pt, on one page)',
		async () => {
			const { read } = await sharedPdf('large', 'en', { options: { largePrint: true } });
			const letter = pageOf(read, PDF_TEXT.en.letterTitle(true));
			const body = read.pieces.filter((piece) => !inFooter(piece) && piece.page !== letter);
			expect(Math.min(...body.map((piece) => piece.size))).toBeGreaterThanOrEqual(14);
			expect(pageTexts(read)[0]).toContain(PDF_TEXT.en.disclaimer);
			expect(pageTexts(read)[letter]).toMatch(new RegExp(`^${PDF_TEXT.en.sourcesTitle}`));
			const normal = (await plain()).read;
			expect(read.pages).toBeGreaterThan(normal.pages);
		},
		PDF_TIMEOUT
	);

	it(
		'wraps a 120-character name without spaces instead of running off the page',
		async () => {
			const name = 'Slaapkamer'.repeat(12);
			const rooms: Room[] = Object.values(FIXTURE_ROOMS).map((room) =>
				room.id === bedroom.id ? { ...room, name } : room
			);
			const check = { ...fixtureCheck(rooms, 'general'), label: 'Huis'.repeat(30) };
			const { read } = await made('en', { check, answers: fixtureAnswersWithHazards(check) });
			for (const piece of read.pieces) {
				expect(piece.x, piece.text).toBeGreaterThanOrEqual(19.5 * MM);
				expect(piece.x + piece.width, piece.text).toBeLessThanOrEqual(190.5 * MM);
			}
			expect(read.text.replace(/\s/g, '')).toContain(name);
			expect(read.text.replace(/\s/g, '')).toContain(check.label);
		},
		PDF_TIMEOUT
	);
});

describe('the appendix of all answers', () => {
	it(
		'is left out of the client’s copy',
		async () => {
			const { read } = await plain();
			expect(read.text).not.toContain(PDF_TEXT.en.appendixTitle);
		},
		PDF_TIMEOUT
	);

	it(
		'holds every answer when chosen, marking how it was given and the measured times',
		async () => {
			const { read } = await sharedPdf('appendix', 'en', { options: { appendix: true } });
			const text = PDF_TEXT.en;
			const start = read.text.indexOf(text.appendixTitle);
			expect(start).toBeGreaterThan(0);
			const appendix = read.text.slice(start);
			expect(appendix).toContain(squash(itemById('bathroom.grab-rail')!.question.en));
			expect(appendix).toContain(`No ${text.hazard}`);
			expect(appendix).toContain(`Yes ${text.riskFactor}`);
			expect(appendix).toMatch(/(Yes|No) \(with “Everything else here is fine”\)/);
			expect(appendix).toContain(text.given['still-same']);
			expect(appendix).toContain('18.5 seconds');
			expect(appendix).toContain('6 times');
			expect(appendix).toContain(
				`Ticked: ${itemById('medicines.sleeping-pills')!.option!.en}; ${itemById('medicines.blood-pressure')!.option!.en}`
			);
			expect(appendix).toContain(text.noneTicked);
			expect(appendix).toContain(`Note: ${FIXTURE_TEXT.dutchNote}`);
			expect(read.pages).toBeGreaterThan((await plain()).read.pages + 3);
		},
		PDF_TIMEOUT
	);
});

describe('one part alone', () => {
	it(
		'makes the handyman’s jobs alone, with nothing about the person’s health',
		async () => {
			const { read } = await made('en', { options: { part: 'handyman', appendix: true } });
			const text = PDF_TEXT.en;
			const { plan } = fixturePlan();
			const jobs = actionsByPart(plan).find((group) => group.part === 'handyman')!.actions;
			expect(read.title).toBe(`Jobs for the handyman: ${FIXTURE_TEXT.label}`);
			expect(pageTexts(read)[0]).toMatch(/^Jobs for the handyman/);
			for (const action of jobs) expect(read.text).toContain(squash(action.item.finding.en));
			for (const other of plan.actions.filter((action) => !jobs.includes(action)))
				expect(read.text).not.toContain(squash(other.item.finding.en));
			for (const absent of [
				text.title,
				'fall risk',
				text.partTitle('family', 'general'),
				text.letterTitle(true),
				text.appendixTitle,
				'sleeping pills'
			])
				expect(read.text.toLowerCase()).not.toContain(absent.toLowerCase());
			expect(read.text).toContain(text.sourcesTitle);
		},
		PDF_TIMEOUT
	);

	it(
		'makes the GP letter alone on its first page',
		async () => {
			const { read } = await made('nl', { options: { part: 'gp' } }, 'nl');
			const texts = pageTexts(read);
			expect(read.pages).toBe(2);
			expect(texts[0]).toMatch(/^Brief voor de huisarts en de apotheker/);
			expect(texts[0]).toContain('valanalyse');
			expect(texts[1]).toMatch(/^Bronnen/);
		},
		PDF_TIMEOUT
	);

	it(
		'says so when the plan has nothing for the part',
		async () => {
			const { read } = await made('en', {
				answers: fixtureAnswersWithoutHazards(),
				options: { part: 'council' }
			});
			expect(read.text).toContain(PDF_TEXT.en.nothingForPart);
		},
		PDF_TIMEOUT
	);
});

describe('languages and regions', () => {
	it(
		'speaks Dutch throughout a Dutch plan',
		async () => {
			const { read } = await dutch();
			const [page1 = ''] = pageTexts(read);
			const text = PDF_TEXT.nl;
			for (const words of [
				'Actieplan',
				'Datum van het bezoek: 25 november 2026',
				'Hoog valrisico: Mevrouw Jansen',
				text.disclaimer,
				'De 5 belangrijkste acties',
				'Zelftest (12 vragen): 9 van de 14 punten',
				text.countsHeading(40),
				'Huisarts en apotheker 3 3'
			])
				expect(page1).toContain(words);
			expect(read.text).toContain(text.mentionHeading);
			expect(read.text).toContain(text.partTitle('handyman', 'nl'));
			expect(read.text).toContain('Waarom:');
		},
		PDF_TIMEOUT
	);

	/** Dutch institutions and schemes that a plan for elsewhere must not name. */
	const DUTCH_ONLY = [
		'Wmo',
		'thuiszorgwinkel',
		'In Balans',
		'eigen risico',
		'Zicht op Evenwicht',
		'VeiligheidNL',
		'Ketenaanpak',
		'basisverzekering'
	];

	it(
		'names Dutch institutions in the Netherlands and none elsewhere',
		async () => {
			const nl = (await dutch()).read.text;
			expect(DUTCH_ONLY.filter((word) => nl.includes(word))).toEqual(
				expect.arrayContaining(['Wmo', 'thuiszorgwinkel', 'In Balans', 'eigen risico'])
			);
			for (const language of ['en', 'nl'] as const) {
				const { read } = await sharedPdf(`${language}-general-appendix`, language, {
					options: { appendix: true }
				});
				for (const word of DUTCH_ONLY)
					expect(read.text, `${language}: ${word}`).not.toContain(word);
				expect(read.text).toContain(language === 'en' ? 'NHS' : 'NHS');
			}
		},
		PDF_TIMEOUT * 2
	);
});

describe('a follow-up visit', () => {
	it(
		'opens after page 1 with what changed, room by room',
		async () => {
			const check = fixtureCheck(undefined, 'general');
			const answers = fixtureAnswersWithHazards(check);
			// The visit before: no things on the stairs yet, and no shower seat then.
			const earlier = withAnswers(
				answers,
				[stairs.id, 'stairs.things-on-steps', { value: 'no' }],
				[bathroom.id, 'bathroom.shower-seat', { value: 'no' }]
			);
			const comparison = {
				...compareVisits({ check, answers: earlier }, { check, answers }),
				earlierDate: '2026-03-02'
			};
			const { read } = await made('en', { comparison });
			const page2 = pageTexts(read)[1]!;
			const finding = findingOf;
			expect(page2).toMatch(/^What changed since the visit on 2 March 2026/);
			// The broken stair lamp, done at both visits, is no change: not "still open".
			expect(page2).toContain('Fixed: 1. New: 1. Still open: 38.');
			expect(
				positions(page2, [
					'Hall and stairs',
					`New: ${finding('stairs.things-on-steps')}. Still open: 2.`,
					'Bathroom',
					`Fixed: ${finding('bathroom.shower-seat')}. Still open: 4.`
				])
			).not.toContain(-1);
			expect(pageTexts(read)[2]).toMatch(/^Your own list/);
		},
		PDF_TIMEOUT
	);

	it(
		'shows before and after: the photo from the visit before beside the one taken now',
		async () => {
			const check = fixtureCheck(undefined, 'general');
			const answers = fixtureAnswersWithHazards(check);
			const earlier = withAnswers(answers, [bathroom.id, 'bathroom.shower-seat', { value: 'no' }]);
			const comparison = {
				...compareVisits({ check, answers: earlier }, { check, answers }),
				earlierDate: '2026-03-02'
			};
			const takenAt = new Date(2026, 2, 2, 11).getTime();
			const before = (id: string, itemId: string, seed: number) => ({
				...fixturePhoto(id, bathroom.id, itemId, seed),
				earlier: true as const,
				takenAt
			});
			const photos = [
				// Fixed since: the seat is there now, photographed.
				before('seat-before', 'bathroom.shower-seat', 1),
				fixturePhoto('seat-now', bathroom.id, 'bathroom.shower-seat', 2),
				// Still open, no new photo: its photo from before stands for it in the plan too.
				before('rail-before', 'bathroom.grab-rail', 3)
			];
			const { bytes, read } = await made('en', { comparison, photos });
			const page2 = pageTexts(read)[1]!;
			expect(
				positions(page2, [
					'Bathroom',
					findingOf('bathroom.shower-seat'),
					'Before (2 March 2026)',
					'Now',
					findingOf('bathroom.grab-rail'),
					'Before (2 March 2026)',
					'Now: no photo taken'
				])
			).not.toContain(-1);
			// Each photo embedded once, however often it is drawn.
			expect(bytesOf(bytes).match(/\/Subtype \/Image/g)).toHaveLength(3);
		},
		PDF_TIMEOUT
	);
});

describe('the PDF as a file', () => {
	it.each(['en', 'nl'] as const)(
		'numbers every page in the footer (%s)',
		async (language) => {
			const { read } = language === 'en' ? await plain() : await dutch();
			for (let page = 1; page <= read.pages; page++) {
				const footer = read.pieces.filter((piece) => piece.page === page && inFooter(piece));
				const texts = footer.map((piece) => piece.text);
				expect(texts).toContain(PDF_TEXT[language].page(page, read.pages));
				expect(texts).toContain(
					PDF_TEXT[language].madeOn(language === 'en' ? '3 December 2026' : '3 december 2026')
				);
				expect(texts).toContain(FIXTURE_TEXT.label);
			}
		},
		PDF_TIMEOUT
	);

	it.each([
		['en', 'Action plan: Mevrouw Jansen, Dorpsstraat 1', '/Lang (en-GB)'],
		['nl', 'Actieplan: Mevrouw Jansen, Dorpsstraat 1', '/Lang (nl)']
	] as const)(
		'sets the title, author and language (%s)',
		async (language, title, lang) => {
			const { read, bytes } = language === 'en' ? await plain() : await dutch();
			expect(read.title).toBe(title);
			expect(read.author).toBe('Footing');
			expect(bytesOf(bytes)).toContain(lang);
		},
		PDF_TIMEOUT
	);

	it(
		'prints Dutch diacritics, the curly apostrophe and the euro sign exactly',
		async () => {
			const { read } = await dutch();
			expect(read.text).toContain(`Notitie: ${FIXTURE_TEXT.dutchNote}`);
			expect(read.text).toContain(FIXTURE_TEXT.rewrittenFix);
			expect(read.text).toContain('Diëtist');
		},
		PDF_TIMEOUT
	);

	it.skipIf(!existsSync('/usr/bin/pdftotext'))(
		'reads back the same Dutch text with another reader too (pdftotext)',
		async () => {
			const { bytes } = await dutch();
			const folder = mkdtempSync(join(tmpdir(), 'footing-pdf-'));
			try {
				writeFileSync(join(folder, 'plan.pdf'), bytes);
				const extracted = execFileSync('pdftotext', [
					'-enc',
					'UTF-8',
					join(folder, 'plan.pdf'),
					'-'
				])
					.toString('utf8')
					.replace(/\s+/g, ' ');
				expect(extracted).toContain(FIXTURE_TEXT.dutchNote);
				expect(extracted).toContain('Hoog valrisico: Mevrouw Jansen');
				// The first page reads in order: the level before the actions, the actions before the counts.
				const page1 = extracted.slice(0, extracted.indexOf('Pagina 1 van'));
				expect(
					positions(page1, [
						'Actieplan',
						'Hoog valrisico',
						PDF_TEXT.nl.disclaimer,
						'De 5 belangrijkste'
					])
				).not.toContain(-1);
			} finally {
				rmSync(folder, { recursive: true });
			}
		},
		PDF_TIMEOUT
	);

	it(
		'keeps hostile notes as plain text, with no script or action in the file',
		async () => {
			const hostile = [
				'<script>alert(1)</script> ) >> /JS (app.alert(1)) /OpenAction << /S /Launch >> \\ ((( \\) /AA',
				'x'.repeat(300),
				'woord '.repeat(300)
			].join(' ');
			const check = { ...fixtureCheck(undefined, 'general'), label: 'Home (1) \\ <b>' };
			const answers = withAnswers(fixtureAnswersWithHazards(check), [
				stairs.id,
				'stairs.rail-both-sides',
				{ note: hostile, fix: hostile.slice(0, 120) }
			]);
			const { read, bytes } = await made('en', { check, answers });
			expect(read.text).toContain('Home (1) \\ <b>');
			// The note runs onto the next page: read its column only, without the page's own lines.
			const start = read.pieces.findIndex((piece) => piece.text.startsWith('Note: <script>'));
			const noteX = read.pieces[start]!.x;
			const note = read.pieces
				.slice(start)
				.filter((piece) => Math.abs(piece.x - noteX) < 0.5 && !inFooter(piece))
				.map((piece) => piece.text)
				.join('');
			expect(note.replace(/\s/g, '')).toContain(`Note: ${hostile}`.replace(/\s/g, ''));
			expect(read.text.replace(/\s/g, '')).toContain(hostile.slice(0, 120).replace(/\s/g, ''));
			for (const name of ['/JS', '/JavaScript', '/AA', '/OpenAction', '/Launch'])
				expect(bytesOf(bytes)).not.toContain(name);
			expect(read.openAction).toBeNull();
			expect(read.scripts).toBeNull();
			for (const piece of read.pieces) {
				expect(piece.x).toBeGreaterThanOrEqual(19.5 * MM);
				expect(piece.x + piece.width).toBeLessThanOrEqual(190.5 * MM);
				const fromTop = 297 - piece.y / MM;
				expect(fromTop).toBeGreaterThan(19);
				expect(fromTop < 276 || fromTop > 280, `${piece.text} above the footer`).toBe(true);
				expect(fromTop).toBeLessThan(293);
			}
		},
		PDF_TIMEOUT
	);

	it(
		'prints a line with characters outside the font without garbling the rest',
		async () => {
			const note = 'IJsbaan \u0132 ≥ 3 → 😀 日本 \u0007 einde: Chloë’s €';
			const check = fixtureCheck(undefined, 'nl');
			const answers = withAnswers(fixtureAnswersWithHazards(check), [
				stairs.id,
				'stairs.rail-both-sides',
				{ note }
			]);
			const { read } = await made('nl', { check, answers });
			expect(read.text).toContain('Notitie: IJsbaan IJ >= 3 -> ? ?? einde: Chloë’s €');
		},
		PDF_TIMEOUT
	);

	it(
		'says so when the check found no hazards',
		async () => {
			for (const language of ['en', 'nl'] as const) {
				const { read } = await made(language, { answers: fixtureAnswersWithoutHazards() });
				expect(pageTexts(read)[0]).toContain(PDF_TEXT[language].noActions);
				expect(read.text).not.toContain(PDF_TEXT[language].why);
			}
		},
		PDF_TIMEOUT
	);
});

describe('photos', () => {
	it(
		'embeds the photos of hazards once each, beside their action, and leaves out the rest',
		async () => {
			const photos = fixturePhotos();
			const broken = {
				...photos[1]!,
				id: 'broken',
				jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0, 1])
			};
			const safe = fixturePhoto('safe', stairs.id, 'stairs.rail-any', 99);
			const earlier = {
				...fixturePhoto('earlier', stairs.id, 'stairs.dark-step', 98),
				earlier: true as const
			};
			const { bytes } = await made('en', {
				photos: [...photos, photos[0]!, broken, safe, earlier]
			});
			expect(bytesOf(bytes).match(/\/Subtype \/Image/g)).toHaveLength(10);
			expect(Buffer.from(bytes).indexOf(Buffer.from(photos[3]!.jpeg))).toBeGreaterThan(0);
			expect(Buffer.from(bytes).indexOf(Buffer.from(safe.jpeg))).toBe(-1);
		},
		PDF_TIMEOUT
	);

	it('makes the full home with 10 photos of the size the app prints in well under 2 MB', async () => {
		const photos = fixturePhotos(PHOTO_SIZES.print);
		const bytes = await buildPlanPdf(input('nl', { photos }, 'nl'));
		expect(bytesOf(bytes).match(/\/Subtype \/Image/g)).toHaveLength(10);
		const given = photos.reduce((sum, photo) => sum + photo.jpeg.length, 0);
		expect(bytes.length - given).toBeLessThan(150_000);
		expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
	}, 60_000);

	it('exports 20 large photos of one hazard without a crash, each embedded once', async () => {
		const photos = Array.from({ length: 20 }, (_, index) =>
			fixturePhoto(`big-${index}`, bathroom.id, 'bathroom.grab-rail', index + 1, PHOTO_SIZES.stored)
		);
		const bytes = await buildPlanPdf(input('en', { photos }));
		const read = await readPdf(bytes);
		expect(bytesOf(bytes).match(/\/Subtype \/Image/g)).toHaveLength(20);
		const given = photos.reduce((sum, photo) => sum + photo.jpeg.length, 0);
		expect(bytes.length).toBeLessThan(given + 400_000);
		expect(read.text).toContain(FIXTURE_TEXT.rewrittenFix);
	}, 60_000);
});

describe('text for the PDF font', () => {
	it('keeps what Windows-1252 has and replaces or drops the rest', () => {
		const kept = 'é ë ï ö ü ’ ‘ “ ” – — € µ ½ …';
		expect(pdfSafe(kept)).toBe(kept);
		expect(pdfSafe('\u0132sselmeer en \u0133s')).toBe('IJsselmeer en ijs');
		expect(pdfSafe('≥ 4 → ≤ 2 • ◦ ✓')).toBe('>= 4 -> <= 2 • • v');
		expect(pdfSafe('a\u00a0b\u202fc\td')).toBe('a b c d');
		expect(pdfSafe('bel\u0007\u0000\u009b\u200bgeluid\u00ad')).toBe('belgeluid');
		expect(pdfSafe('😀 日本 👍🏽')).toBe('? ?? ?');
		expect(pdfSafe('e\u0308 ő ş ł ﬁ')).toBe('ë o s l fi');
		expect(pdfSafe('regel 1\r\nregel 2\u2028regel 3')).toBe('regel 1\nregel 2\nregel 3');
	});

	it('has only characters the font prints, and no question marks, in its own words', () => {
		for (const language of ['en', 'nl'] as const) {
			const text = PDF_TEXT[language];
			const words = [
				...Object.values(text).filter((value): value is string => typeof value === 'string'),
				...Object.values(text.partIntro),
				...(['self', 'family', 'handyman', 'landlord', 'council', 'care', 'gp'] as const).flatMap(
					(part) => [text.partTitle(part, 'nl'), text.partTitle(part, 'general')]
				)
			];
			for (const word of words) {
				expect(pdfSafe(word)).toBe(word);
				expect(word).not.toMatch(/\?\s*$/);
			}
		}
	});
});

describe('the PDF’s file name', () => {
	it.each([
		['Mevrouw Jansen, Dorpsstraat 1', 'footing-mevrouw-jansen-dorpsstraat-1-2026-11-25.pdf'],
		['Chloë Ĳzerman – Café “Zoë”', 'footing-chloe-ijzerman-cafe-zoe-2026-11-25.pdf'],
		['../../etc/passwd', 'footing-etc-passwd-2026-11-25.pdf'],
		['C:\\Users\\oma\\huis', 'footing-c-users-oma-huis-2026-11-25.pdf'],
		['Straße 5 🏠', 'footing-strasse-5-2026-11-25.pdf'],
		['😀 🏠 日本', 'footing-plan-2026-11-25.pdf'],
		['', 'footing-plan-2026-11-25.pdf'],
		['CON', 'footing-con-2026-11-25.pdf'],
		['bad\u0000name\u001f', 'footing-bad-name-2026-11-25.pdf']
	])('%j gives %s', (label, expected) => {
		expect(pdfFileName(label, '2026-11-25')).toBe(expected);
	});

	it('says which part, the appendix and large print, in the PDF’s language', () => {
		const name = (options: Parameters<typeof pdfFileName>[2]) =>
			pdfFileName('Mevrouw Jansen', '2026-11-25', options);
		expect(name({ part: 'handyman' })).toBe('footing-mevrouw-jansen-2026-11-25-handyman.pdf');
		expect(name({ part: 'gp', language: 'nl' })).toBe(
			'footing-mevrouw-jansen-2026-11-25-brief-huisarts.pdf'
		);
		expect(name({ appendix: true, largePrint: true })).toBe(
			'footing-mevrouw-jansen-2026-11-25-all-answers-large-print.pdf'
		);
		expect(name({ part: 'self', appendix: true, language: 'nl' })).toBe(
			'footing-mevrouw-jansen-2026-11-25-eigen-lijst.pdf'
		);
	});

	it('keeps a long label to a sane length, cut between words', () => {
		const name = pdfFileName('Dorpsstraat '.repeat(25), '2026-11-25');
		expect(name.length).toBeLessThanOrEqual(100);
		expect(name).toMatch(/^footing-dorpsstraat(-dorpsstraat)*-2026-11-25\.pdf$/);
	});

	it('is never a reserved or unsafe name on any file system', () => {
		for (const label of [
			'CON',
			'nul',
			'COM1',
			'LPT9',
			'aux.txt',
			' . ',
			'..',
			'a/b\\c:d*e?f"g<h>i|j'
		]) {
			const name = pdfFileName(label, 'not a date');
			expect(name).toMatch(/^footing(-[a-z0-9]+)*\.pdf$/);
			expect(name.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
		}
	});
});

describe('the fixture', () => {
	it('is a full home: 40 hazards in every part, every question asked answered, 10 photos', () => {
		const { plan, answers, check } = fixturePlan();
		expect(plan.actions).toHaveLength(40);
		expect(actionsByPart(plan).map((group) => group.part)).toEqual([
			'self',
			'family',
			'handyman',
			'landlord',
			'council',
			'care',
			'gp'
		]);
		expect(plan.personal[0]!.fallRisk.level).toBe('high');
		for (const room of check.rooms) {
			const asked = itemsFor(room.type).filter((item) => answers.has(`${room.id}/${item.id}`));
			expect(asked.length, room.type).toBeGreaterThan(3);
		}
		expect(fixturePhotos()).toHaveLength(10);
		expect(person.name).toBe('Mevrouw Jansen');
	});
});
