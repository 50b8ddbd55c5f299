/**
 * What the lab's address may hold: only which kernel to train with (its settings live in the
 * form, not the address). `kernel=js` asks for the JavaScript fallback; any other value it
 * holds, and any other key, is named in a notice rather than silently read as the default
 * (WebAssembly, or JavaScript where WebAssembly is missing).
 */
import { unknownKeyNotices } from '$lib/lesson/unknown-keys';
import { readChoice } from '$lib/settings/read';

export interface LabAddress {
	readonly kernel: 'js' | 'auto';
	readonly notices: readonly string[];
}

export function readLabAddress(query: URLSearchParams): LabAddress {
	const asked = query.get('kernel');
	const choice = asked === null ? undefined : readChoice('kernel', asked, ['js', 'wasm'], 'wasm');
	const notices = unknownKeyNotices(query, ['kernel']);
	if (choice?.notice) notices.push(choice.notice);
	return { kernel: choice?.value === 'js' ? 'js' : 'auto', notices };
}
