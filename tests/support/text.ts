import { expect, type Locator } from '@playwright/test';
import { readNumber } from './numbers';

/** A phrase as the page may wrap it: any run of whitespace between its words. */
export function words(phrase: string): RegExp {
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(escaped.replace(/ /g, '\\s+'));
}

/** The number a locator shows, once it shows one. */
export async function numberIn(locator: Locator): Promise<number> {
	await expect(locator).toHaveText(/\d/);
	return readNumber(await locator.first().textContent());
}
