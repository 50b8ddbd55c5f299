/**
 * The complete program, static/from_scratch.py, as chapter 7 shows it: the very file the site
 * serves for download, read at build time (Vite's `?raw`), so the page and the download can
 * never differ.
 */
import source from '../../../../static/from_scratch.py?raw';
import { programParts } from './listing';

export const PROGRAM_FILE = 'from_scratch.py';
export const PROGRAM_SOURCE: string = source;
export const PROGRAM_PARTS = programParts(source);
