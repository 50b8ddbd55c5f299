"""The numpy fixture for the notebook's evaluator: what numpy itself gives for a table of
expressions (shapes, dtypes, values, or the error it raises), so that the unit tests compare
the evaluator with numpy and not with itself.

Run from the repository root:  python3 scripts/numpy-cases.py
It writes src/lib/engine/notebook/numpy-cases.json (committed). float64 throughout.
"""

import json
import math
import pathlib

import numpy as np

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/lib/engine/notebook/numpy-cases.json"

# Small named arrays with the notes' shapes in miniature: W (2 x 3) times X (3 x 4), a bias
# column b (2 x 1), a row r (1 x 4), 1-D arrays, numbers, and scores big enough to overflow exp.
SCOPE = {
    "W": np.array([[0.5, -1.25, 2.0], [-0.75, 0.25, 1.5]]),
    "X": np.array([[0.0, 1.0, 0.5, 0.0], [0.25, 0.0, 0.0, 1.0], [0.0, 0.75, 0.0, 0.5]]),
    "b": np.array([[0.1], [-0.2]]),
    "r": np.array([[1.0, -2.0, 3.0, -4.0]]),
    "v": np.array([1.5, -0.5, 2.0]),
    "u": np.array([3.0, -1.0]),
    "Z": np.array([[1.3, -0.2, 0.0, 2.5], [5.1, 0.7, -3.0, 2.5], [2.2, 0.0, 1.0, -1.0]]),
    "big": np.array([[710.0, 1.0], [0.0, 2.0]]),
    "m": 4,
    "alpha": 0.1,
}

EXPRESSIONS = [
    # products, in every spelling
    "W @ X", "np.dot(W, X)", "W.dot(X)", "np.matmul(W, X)", "W @ X + b", "X.T @ W.T",
    "W @ v", "v @ X", "v @ v", "u @ W", "np.dot(W, 2)", "np.dot(3, v)",
    # broadcasting: number, column, row, 1-D
    "W * 2", "2 - W", "W + b", "b + W", "X + r",
    "b * r", "W - W.mean(axis=1, keepdims=True)", "X + np.sum(X, axis=0)", "Z / np.sum(Z, axis=0)",
    "1 / m * W", "W / m", "alpha * W", "W ** 2", "-W", "-(W - 1) ** 2", "W // 0.5", "W % 0.5",
    "m * 2", "m / 8", "m ** 2",
    # comparisons and True/False arithmetic
    "Z > 0", "Z >= 0", "Z <= 0", "Z < 1.3", "Z == 0", "Z != 0", "(Z > 0) * Z", "(Z > 0) + (Z < 0)",
    "(Z > 0) * (Z < 2)", "np.sum(Z > 0)", "np.sum(Z > 0, axis=1)", "(Z > 0).astype(float)",
    # reductions, function and method forms, axis and keepdims
    "np.sum(Z)", "Z.sum()", "np.sum(Z, axis=0)", "np.sum(Z, axis=1)", "np.sum(Z, axis=1, keepdims=True)",
    "Z.sum(axis=0, keepdims=True)", "Z.sum(1)", "np.sum(Z, -1)", "np.sum(Z, axis=(0, 1))",
    "np.sum(Z, axis=None, keepdims=True)", "np.max(Z)", "np.max(Z, axis=0)", "Z.max(axis=0, keepdims=True)",
    "np.min(Z, axis=1)", "np.mean(Z)", "np.mean(Z, axis=1, keepdims=True)", "Z.mean(0)",
    "np.argmax(Z)", "np.argmax(Z, axis=0)", "Z.argmax(axis=1)", "np.argmax(Z, 0, keepdims=True)",
    "np.sum(v)", "np.sum(v, axis=0)", "np.max(v, keepdims=True)", "sum(Z)", "sum(v)", "len(Z)",
    # elementwise functions
    "np.exp(Z)", "np.log(np.exp(Z))", "np.exp(big)", "np.exp(big) / np.sum(np.exp(big), axis=0)",
    "np.exp(big - np.max(big, axis=0)) / np.sum(np.exp(big - np.max(big, axis=0)), axis=0)",
    "np.exp(Z) / sum(np.exp(Z))", "np.maximum(Z, 0)", "np.maximum(0, Z)", "np.maximum(Z, 0.01 * Z)",
    "np.minimum(Z, v[0])", "np.where(Z > 0, Z, 0.01 * Z)", "np.where(Z > 0, 1, 0.01)", "np.where(Z > 0, 1, 0)",
    "np.sqrt(np.abs(Z))", "np.square(W)", "np.log(Z)", "np.abs(-v)",
    # shapes, reshapes, new arrays
    "W.T", "v.T", "W.shape", "W.shape[1]", "X.shape[-1]", "W.ndim", "v.ndim", "W.size",
    "W.reshape(3, 2)", "W.reshape((6, 1))", "W.reshape(-1)", "v.reshape(3, 1)", "v.reshape(-1, 1)",
    "np.reshape(W, (1, 6))", "np.zeros((2, 1))", "np.ones(3)", "np.zeros((2, 3)) + b", "np.transpose(W)",
    # indexing
    "Z[1, 2]", "Z[:, 1]", "Z[1, :]", "Z[1]", "Z[:, 1:2]", "Z[0:2, ::2]", "Z[-1, -1]", "Z[::-1, 0]",
    "Z[1][2]", "v[1]", "v[-1]", "v[1:]", "Z[:, -2:]", "Z[1,]",
    # errors numpy raises: products that do not align, operands that do not broadcast, and others
    "W @ X.T", "np.dot(W, X.T)", "W.dot(W)", "X @ W", "W @ u", "v @ W", "W @ 2",
    "W + X", "W + r", "X + b", "X + v", "W * u", "Z + np.sum(Z, axis=1)", "W - np.ones((3, 2))",
    "np.where(Z > 0, W, 0)", "Z[3, 0]", "Z[0, 4]", "Z[1, 2, 3]", "v[5]", "np.sum(Z, axis=2)", "Z.max(axis=-3)",
    "W.reshape(4, 2)", "W.reshape(-1, -1)", "(Z > 0) - (Z < 0)", "-(Z > 0)",
]

def encode(x):
    """JSON has no NaN or infinity: they travel as strings."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def case(expr):
    try:
        with np.errstate(all="ignore"):
            value = eval(expr, {"np": np}, dict(SCOPE))
    except Exception as error:  # numpy's own exception, recorded as it is
        return {"expr": expr, "error": {"type": type(error).__name__, "message": str(error)}}
    if isinstance(value, tuple):
        return {"expr": expr, "tuple": [int(n) for n in value]}
    a = np.asarray(value)
    dtype = "bool" if a.dtype == np.bool_ else "int64" if np.issubdtype(a.dtype, np.integer) else "float64"
    return {"expr": expr, "shape": list(a.shape), "dtype": dtype, "data": [encode(x) for x in a.ravel()]}


def main():
    scope = {
        name: {"shape": list(np.shape(value)), "data": [encode(x) for x in np.ravel(value)],
               "dtype": "int64" if isinstance(value, int) else "float64"}
        for name, value in SCOPE.items()
    }
    cases = [case(e) for e in EXPRESSIONS]
    OUT.write_text(json.dumps({"numpy": np.__version__, "scope": scope, "cases": cases}, indent=1) + "\n")
    print(f"{OUT}: {len(cases)} cases from numpy {np.__version__}")


if __name__ == "__main__":
    main()
