/**
 * MNIST for the engine: the in-memory form (bytes, one image a row), the IDX parser, the
 * notes' column layout X (784 × m, pixels / 255), and the checked, cancellable loaders of
 * the site's generated assets (static/data/, built by `npm run data`).
 */
export { DataError, IMAGE_SIDE, IMAGE_SIZE, sliceSet, type MnistSet } from './mnist';
export { parseIdxImages, parseIdxLabels, parseIdxSet } from './idx';
export { imagesToX, labelsOf } from './columns';
export { crc32, crc32Hex } from './crc32';
export {
	ASSET_NAMES,
	LESSON_COUNT,
	MANIFEST_FILE,
	type AssetEntry,
	type AssetName,
	type Manifest
} from './manifest';
export { fetchManifest, loadAsset, type LoadedAsset, type LoadOptions } from './load';
export { loadFullSet, loadLessonSet, type TrainTest } from './sets';
