import { IMAGE_SIDE, IMAGE_SIZE } from '$lib/engine/data/mnist';

/**
 * Draws one MNIST image from its raw bytes as ink on paper (0 = white, 255 = black), the way
 * the digit was written, at `cell` CSS pixels per image pixel.
 */
export function drawDigit(
	context: CanvasRenderingContext2D,
	pixels: Uint8Array,
	offset: number,
	cell: number
): void {
	const image = context.createImageData(IMAGE_SIDE, IMAGE_SIDE);
	for (let p = 0; p < IMAGE_SIZE; p++) {
		const shade = 255 - pixels[offset + p];
		image.data[p * 4] = shade;
		image.data[p * 4 + 1] = shade;
		image.data[p * 4 + 2] = shade;
		image.data[p * 4 + 3] = 255;
	}
	const bitmap = document.createElement('canvas');
	bitmap.width = IMAGE_SIDE;
	bitmap.height = IMAGE_SIDE;
	bitmap.getContext('2d')?.putImageData(image, 0, 0);
	context.imageSmoothingEnabled = false;
	context.drawImage(bitmap, 0, 0, IMAGE_SIDE * cell, IMAGE_SIDE * cell);
}
