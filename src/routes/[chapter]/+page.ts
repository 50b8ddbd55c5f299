import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { slugOf } from '$lib/content/chapter';
import type { EntryGenerator, PageLoad } from './$types';

const pages = import.meta.glob<{ default: Component }>('/content/*/index.md');
const bySlug = new Map(Object.entries(pages).map(([path, load]) => [slugOf(path), load]));

export const entries: EntryGenerator = () => [...bySlug.keys()].map((chapter) => ({ chapter }));

export const load: PageLoad = async ({ params, parent }) => {
	const { chapters } = await parent();
	const index = chapters.findIndex((c) => c.slug === params.chapter);
	const page = bySlug.get(params.chapter);
	if (index < 0 || !page) {
		error(404, `There is no chapter called “${params.chapter}”.`);
	}
	return {
		chapter: chapters[index],
		previous: chapters[index - 1],
		next: chapters[index + 1],
		content: (await page()).default
	};
};
