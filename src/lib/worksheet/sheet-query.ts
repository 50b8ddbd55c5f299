import type { Activation } from '$lib/engine/config';
import { parseLessonQuery } from '$lib/lesson/query';
import { DEFAULT_SETTINGS } from '$lib/lesson/settings';
import { readNumber } from '$lib/settings/read';

/** What a worksheet is of: the lesson's settings, on one or two images. */
export interface SheetSettings {
	readonly m: number;
	readonly seed: number;
	readonly alpha: number;
	readonly activation: Activation;
}

/** The lesson's keys that say where in a lesson one stands, which a worksheet has no use for. */
const PLACES = ['it', 'step', 'inspect', 'cell'] as const;

/**
 * A worksheet's address: the lesson's settings (read as the lesson reads them, with the same
 * notices) on 1 or 2 images, and a notice for anything it cannot use.
 */
export function parseSheetQuery(params: URLSearchParams): {
	settings: SheetSettings;
	notices: string[];
} {
	const rest = new URLSearchParams(params);
	for (const key of ['m', ...PLACES]) rest.delete(key);
	const query = parseLessonQuery(rest);
	const notices = [...query.notices];
	const images = params.getAll('m');
	let m = 1;
	if (images.length > 0) {
		const reading = readNumber('sheetImages', images[0], 1, 'm');
		m = reading.value;
		if (images.length > 1) notices.push(`m is given ${images.length} times; using the first.`);
		if (reading.notice) notices.push(`${reading.notice} A worksheet is for 1 or 2 images.`);
	}
	const places = PLACES.filter((key) => params.has(key));
	if (places.length > 0) {
		const many = places.length > 1;
		notices.push(
			`${places.join(', ')} ${many ? 'say' : 'says'} where to stand in a lesson; a worksheet always works through iteration 1 from its start, so ${many ? 'they are' : 'it is'} ignored.`
		);
	}
	const { seed, alpha, activation } = { ...DEFAULT_SETTINGS, ...query.settings };
	return { settings: { m, seed, alpha, activation }, notices };
}
