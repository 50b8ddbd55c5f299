/**
 * One 28 × 28 MNIST digit as a tiny PNG address (data: URL, which the site's CSP allows for
 * images), drawn as ink on paper (0 = white, 255 = black). An <img> costs the page far less
 * than a <canvas>: every canvas is a composited layer of its own, and a gallery of fifty of
 * them made each repaint of the page re-layer a hundred layers. The test images never change,
 * so theirs are kept.
 */
import { IMAGE_SIDE, IMAGE_SIZE } from '$lib/engine/data/mnist';

let canvas: HTMLCanvasElement | undefined;
const kept = new WeakMap<Uint8Array, Map<number, string>>();

/** Image `index` of `pixels` (784 bytes an image); `keep` remembers it for the next call. */
export function digitUrl(pixels: Uint8Array, index: number, keep: boolean): string {
	const cache = keep ? kept.get(pixels) : undefined;
	const hit = cache?.get(index);
	if (hit !== undefined) return hit;
	canvas ??= Object.assign(document.createElement('canvas'), {
		width: IMAGE_SIDE,
		height: IMAGE_SIDE
	});
	const context = canvas.getContext('2d');
	if (!context) return '';
	const image = context.createImageData(IMAGE_SIDE, IMAGE_SIDE);
	const first = index * IMAGE_SIZE;
	for (let p = 0; p < IMAGE_SIZE; p++) {
		const shade = 255 - pixels[first + p];
		image.data.set([shade, shade, shade, 255], p * 4);
	}
	context.putImageData(image, 0, 0);
	const url = canvas.toDataURL('image/png');
	if (keep) {
		if (!kept.has(pixels)) kept.set(pixels, new Map());
		kept.get(pixels)!.set(index, url);
	}
	return url;
}
