import { json } from '@sveltejs/kit';
import { chapters } from '$lib/content/chapters.server';

// The table of contents as a static file. Every page's layout reads it, including the 404
// page, which has no prerendered data of its own.
export const prerender = true;

export const GET = () => json(chapters);
