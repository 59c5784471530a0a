import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemById } from '$lib/checklist/catalogue';
import { OWNER_NAMES } from '$lib/checklist/names';
import { compareVisits } from '$lib/checklist/plan';
import { itemsFor } from '$lib/checklist/rules';
import type { Answers } from '$lib/checklist/rules';
import type { AnswerFields, Room } from '$lib/checklist/check';
import type { Language } from '$lib/checklist/types';
import { makeJpeg } from '../../../tests/fixtures/images';
import {
	FIXTURE_ROOMS,
	FIXTURE_TEXT,
	fixtureAnswers,
	fixtureAnswersWithHazards,
	fixtureAnswersWithoutHazards,
	fixtureCheck,
	withAnswers
} from './fixture';
import { buildPlanPdf, pdfFileName, type PdfPhoto, type PlanPdfInput } from './plan-pdf';
import { MM, column, positions, readPdf, squash } from './read-pdf';
import { pdfSafe } from './safe-text';
import { PDF_TEXT } from './text';

const NOW = new Date(2026, 11, 3, 10, 30);
const { stairs, bathroom, kitchen } = FIXTURE_ROOMS;

/** The fixture's hazards in plan order: the home's by priority then room, then the person's. */
const PLAN_ORDER = [
	'stairs.rail-both-sides',
	'stairs.light-over',
	'bathroom.grab-rail',
	'bathroom.night-light',
	'kitchen.spills',
	'balance.fallen',
	'balance.walking-aid',
	'exercise.strength-balance',
	'medicines.review',
	'bones.dairy',
	'bones.vitamin-d'
];

/** A PDF of the fixture home, with these changes to the input. */
function build(language: Language, changes: Partial<PlanPdfInput> = {}): Promise<Uint8Array> {
	const input: PlanPdfInput = {
		check: fixtureCheck(),
		answers: fixtureAnswersWithHazards(),
		language,
		photos: [],
		now: NOW,
		...changes
	};
	return buildPlanPdf(input);
}

/** The question of an item in a language. */
function question(itemId: string, language: Language): string {
	return itemById(itemId)!.question[language];
}

/** The fixture's answers with one answer's fields changed. */
function withAnswer(roomId: string, itemId: string, fields: AnswerFields): Answers {
	return withAnswers(fixtureAnswersWithHazards(), [roomId, itemId, fields]);
}

/** Every item of these rooms answered as a hazard, with a note. */
function everyHazardIn(...rooms: Room[]): [string, string, AnswerFields][] {
	return rooms.flatMap((room) =>
		itemsFor(room.type).map((item): [string, string, AnswerFields] => [
			room.id,
			item.id,
			{ value: item.hazardWhen, note: 'Zie de foto’s.' }
		])
	);
}

/** The PDF's bytes as text, one character per byte. */
function bytesOf(pdf: Uint8Array): string {
	return Buffer.from(pdf).toString('latin1');
}

/** A test photo of an item in a room. */
function photo(id: string, roomId: string, itemId: string, seed: number, quality = 80): PdfPhoto {
	return {
		id,
		roomId,
		itemId,
		jpeg: new Uint8Array(makeJpeg(1600, 1200, seed, quality)),
		width: 1600,
		height: 1200
	};
}

/** Ten photos of ten hazards, plus one given twice, one of a safe item and one broken. */
function tenHazardPhotos(quality?: number): { photos: PdfPhoto[]; answers: Answers } {
	const hazards = everyHazardIn(bathroom).slice(0, 10);
	const photos = hazards.map(([roomId, itemId], index) =>
		photo(`p${index}`, roomId, itemId, index + 1, quality)
	);
	const broken = { ...photos[1]!, id: 'broken', jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0, 1]) };
	const safe = photo('safe', stairs.id, 'stairs.clear', 99, 10);
	return {
		answers: withAnswers(fixtureAnswersWithHazards(), ...hazards),
		photos: [...photos, photos[0]!, safe, broken]
	};
}

describe('the action plan PDF', () => {
	it('lists the hazards, fixes and owners in plan order: priority first, then the home’s rooms', async () => {
		const read = await readPdf(await build('en'));
		const text = PDF_TEXT.en;
		const hazards = column(read, text.columns.hazard);
		const expected = PLAN_ORDER.map((itemId) => question(itemId, 'en'));
		expect(positions(hazards, expected)).not.toContain(-1);
		expect(hazards).not.toContain(question('stairs.clear', 'en'));
		expect(hazards).not.toContain(question('kitchen.climbing', 'en'));
		const fixes = column(read, text.columns.fix);
		expect(fixes).toContain(FIXTURE_TEXT.rewrittenFix);
		expect(fixes).toContain(squash(itemById('stairs.rail-both-sides')!.fix.en));
		const owners = column(read, text.columns.who);
		expect(positions(owners, ['Handyman', 'Handyman', OWNER_NAMES.family.en, 'GP'])).not.toContain(
			-1
		);
		expect(owners).toContain(`By ${'15 December 2026'} Done`);
		const headings = ['High priority', 'Medium priority', 'Low priority', text.personalTitle];
		expect(positions(read.text, [text.homeActions, ...headings])).not.toContain(-1);
	});

	it('prints Dutch diacritics, the curly apostrophe and the euro sign exactly', async () => {
		const pdf = await build('nl');
		const read = await readPdf(pdf);
		expect(read.text).toContain(`Notitie: ${FIXTURE_TEXT.dutchNote}`);
		expect(column(read, PDF_TEXT.nl.columns.fix)).toContain(FIXTURE_TEXT.rewrittenFix);
		expect(column(read, PDF_TEXT.nl.columns.hazard)).toContain(
			question('bathroom.night-light', 'nl')
		);
		expect(read.text).toContain('Prioriteit: hoog');
	});

	it.skipIf(!existsSync('/usr/bin/pdftotext'))(
		'reads back the same Dutch text with another reader too (pdftotext)',
		async () => {
			const pdf = await build('nl');
			const folder = mkdtempSync(join(tmpdir(), 'footing-pdf-'));
			try {
				writeFileSync(join(folder, 'plan.pdf'), pdf);
				const extracted = execFileSync('pdftotext', [
					'-enc',
					'UTF-8',
					join(folder, 'plan.pdf'),
					'-'
				]);
				expect(extracted.toString('utf8')).toContain(FIXTURE_TEXT.dutchNote);
			} finally {
				rmSync(folder, { recursive: true });
			}
		}
	);

	it.each(['en', 'nl'] as const)('numbers every page in the footer (%s)', async (language) => {
		const read = await readPdf(await build(language));
		expect(read.pages).toBeGreaterThan(1);
		for (let page = 1; page <= read.pages; page++) {
			const footer = read.pieces.filter((piece) => piece.page === page).map((piece) => piece.text);
			expect(footer).toContain(PDF_TEXT[language].page(page, read.pages));
			expect(footer).toContain(
				PDF_TEXT[language].madeOn(language === 'en' ? '3 December 2026' : '3 december 2026')
			);
			expect(footer).toContain(FIXTURE_TEXT.label);
		}
		expect(read.text).toContain(language === 'en' ? 'Page 1 of' : 'Pagina 1 van');
	});

	it.each([
		['en', 'Action plan: Mevrouw Jansen, Dorpsstraat 1', '/Lang (en-GB)'],
		['nl', 'Actieplan: Mevrouw Jansen, Dorpsstraat 1', '/Lang (nl)']
	] as const)('sets the title, author and language (%s)', async (language, title, lang) => {
		const pdf = await build(language);
		const read = await readPdf(pdf);
		expect(read.title).toBe(title);
		expect(read.author).toBe('Footing');
		expect(bytesOf(pdf)).toContain(lang);
	});

	it('shows the visit’s facts, the counts by priority and the fall-risk verdict', async () => {
		const read = await readPdf(await build('en'));
		expect(read.text).toContain('Date of the visit 25 November 2026');
		expect(read.text).toContain('Checked by A nurse or care worker');
		expect(read.text).toMatch(/Priority Hazards Done High 6 1 Medium 4 0 Low 1 0 Total 11 1/);
		expect(read.text).toContain('Score: 4 of 14 points.');
		expect(read.text).toContain('Talk to your GP or a physiotherapist');
	});

	it('keeps hostile notes as plain text, with no script or action in the file', async () => {
		const hostile = [
			'<script>alert(1)</script> ) >> /JS (app.alert(1)) /OpenAction << /S /Launch >> \\ ((( \\) /AA',
			'x'.repeat(300),
			'woord '.repeat(300)
		].join(' ');
		const answers = withAnswer(stairs.id, 'stairs.rail-both-sides', {
			note: hostile,
			fix: hostile.slice(0, 120)
		});
		const pdf = await build('en', {
			answers,
			check: { ...fixtureCheck(), label: 'Home (1) \\ <b>' }
		});
		const read = await readPdf(pdf);
		expect(read.text).toContain('Home (1) \\ <b>');
		expect(column(read, 'What to do')).toContain(squash(hostile.slice(0, 90)));
		const noteStart = read.pieces.findIndex((piece) => piece.text.startsWith('Note: <script>'));
		const noteX = read.pieces[noteStart]!.x;
		const note = read.pieces
			.slice(noteStart)
			.filter((piece) => Math.abs(piece.x - noteX) < 0.5)
			.map((piece) => piece.text)
			.join('');
		expect(note.replace(/\s/g, '')).toContain(`Note: ${hostile}`.replace(/\s/g, ''));
		for (const name of ['/JS', '/JavaScript', '/AA', '/OpenAction', '/Launch'])
			expect(bytesOf(pdf)).not.toContain(name);
		expect(read.openAction).toBeNull();
		expect(read.scripts).toBeNull();
		for (const piece of read.pieces) {
			expect(piece.x).toBeGreaterThanOrEqual(19 * MM);
			expect(piece.x + piece.width).toBeLessThanOrEqual(191 * MM);
		}
	});

	it('repeats the column headings on each page a long table runs onto, within the margins', async () => {
		const answers = withAnswers(
			fixtureAnswersWithHazards(),
			...everyHazardIn(stairs, bathroom, kitchen)
		);
		const read = await readPdf(await build('en', { answers }));
		const continued = read.pieces.filter((piece) => piece.text.endsWith('(continued)'));
		expect(continued.length).toBeGreaterThan(2);
		for (const { page } of continued) {
			const texts = read.pieces.filter((piece) => piece.page === page).map((piece) => piece.text);
			expect(texts.some((t) => t === 'Hazard' || t === 'Question')).toBe(true);
		}
		for (const piece of read.pieces) {
			const fromTop = 297 - piece.y / MM;
			expect(fromTop).toBeGreaterThan(20);
			expect(fromTop < 276 || fromTop > 282, `${piece.text} above the footer`).toBe(true);
			expect(fromTop).toBeLessThan(292);
			expect(piece.x + piece.width).toBeLessThanOrEqual(191 * MM);
		}
	});

	it('embeds each photo of a hazard once, as the JPEG given', async () => {
		const { photos, answers } = tenHazardPhotos();
		const pdf = await build('en', { answers, photos });
		const bytes = bytesOf(pdf);
		expect(bytes.match(/\/Subtype \/Image/g)).toHaveLength(10);
		const given = photos.slice(0, 10).reduce((sum, p) => sum + p.jpeg.length, 0);
		expect(pdf.length).toBeLessThan(given + 150_000);
		expect(Buffer.from(pdf).indexOf(Buffer.from(photos[3]!.jpeg))).toBeGreaterThan(0);
	}, 60_000);

	it('stays under 2 MB with ten 1600 px photos of the size the app stores', async () => {
		const { photos, answers } = tenHazardPhotos(20);
		const pdf = await build('nl', { answers, photos });
		expect(bytesOf(pdf).match(/\/Subtype \/Image/g)).toHaveLength(10);
		expect((await readPdf(pdf)).text).toContain(question('bathroom.grab-rail', 'nl'));
		expect(pdf.length).toBeLessThan(2 * 1024 * 1024);
	}, 60_000);

	it.each(['en', 'nl'] as const)(
		'says so when the check found no hazards (%s)',
		async (language) => {
			const text = PDF_TEXT[language];
			const read = await readPdf(
				await build(language, { answers: fixtureAnswersWithoutHazards() })
			);
			expect(read.text).toContain(text.noHazards);
			expect(read.text).toContain(text.noHomeHazards);
			expect(read.text).toContain(text.noPersonalActions);
			expect(read.text).toContain(text.fallRiskTestIncomplete(1, 12));
			expect(read.text).not.toContain(text.columns.fix);
		}
	);

	it('compares a follow-up visit with the earlier one', async () => {
		const check = fixtureCheck();
		const answers = fixtureAnswersWithHazards();
		const earlier = fixtureAnswers(
			[stairs.id, 'stairs.rail-both-sides', { value: 'no' }],
			[kitchen.id, 'kitchen.climbing', { value: 'yes' }]
		);
		const comparison = {
			...compareVisits({ check, answers: earlier }, { check, answers }),
			earlierDate: '2026-03-02'
		};
		const read = await readPdf(await build('en', { comparison }));
		const [start, solved, added, open] = positions(read.text, [
			'Compared with the visit on 2 March 2026',
			`Solved since the last visit: 1 • Kitchen: ${question('kitchen.climbing', 'en')}`,
			'New hazards: 10',
			`Still open: 1 • Hall and stairs: ${question('stairs.rail-both-sides', 'en')}`
		]);
		expect([start, solved, added, open]).not.toContain(-1);
	});
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

	it('prints a line with characters outside the font without garbling the rest', async () => {
		const note = 'IJsbaan \u0132 ≥ 3 → 😀 日本 \u0007 einde: Chloë’s €';
		const answers = withAnswer(stairs.id, 'stairs.rail-both-sides', { note });
		const read = await readPdf(await build('nl', { answers }));
		expect(read.text).toContain('Notitie: IJsbaan IJ >= 3 -> ? ?? einde: Chloë’s €');
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
