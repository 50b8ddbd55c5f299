/** Matrix operations, each checking shapes first and naming both in its error. */
export { matmul } from './matmul';
export { matmulAT } from './matmul-at';
export { matmulBT } from './matmul-bt';
export { add, hadamard, map, scale, sub } from './elementwise';
export { addColumn, pickColumns, sliceRows, sumRows } from './columns';
export { transpose } from './transpose';
