import { resolve } from '$app/paths';
import type { ChapterMeta } from '$lib/content/chapter';
import type { LayoutLoad } from './$types';

// Every page is prerendered; trailing slashes make each page a folder with index.html, so
// any plain static server (and client-side routing) finds it.
export const prerender = true;
export const trailingSlash = 'always';

export const load: LayoutLoad = async ({ fetch }) => {
	const response = await fetch(resolve('/chapters.json'));
	const chapters: ChapterMeta[] = response.ok ? await response.json() : [];
	return { chapters };
};
