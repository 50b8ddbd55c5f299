"""Runs static/from_scratch.py's own functions for a few iterations on the first M training
images and prints every matrix as JSON, for scripts/check-python.ts to compare with the
engine to 1e-12. Usage: python3 from_scratch_values.py DATA_DIR M ITERATIONS ALPHA SEED"""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "static"))

import numpy as np  # noqa: E402

import from_scratch as fs  # noqa: E402


def as_json(a):
    a = np.asarray(a, dtype=np.float64)
    return {"shape": list(a.shape), "data": a.ravel().tolist()}


def main():
    folder, m, iterations, alpha, seed = sys.argv[1:6]
    X, Y = fs.load_mnist(folder, "train")
    X, Y = X[:, : int(m)], Y[: int(m)]
    np.random.seed(int(seed))
    W1, b1, W2, b2 = fs.init_params()
    out = {"init": {k: as_json(v) for k, v in zip(("W1", "b1", "W2", "b2"), (W1, b1, W2, b2))}}
    out["iterations"] = []
    for _ in range(int(iterations)):
        Z1, A1, Z2, A2 = fs.forward_prop(W1, b1, W2, b2, X)
        dW1, db1, dW2, db2 = fs.backward_prop(Z1, A1, Z2, A2, W2, X, Y)
        W1, b1, W2, b2 = fs.update_params(W1, b1, W2, b2, dW1, db1, dW2, db2, float(alpha))
        values = dict(Z1=Z1, A1=A1, Z2=Z2, A2=A2, dW1=dW1, db1=db1, dW2=dW2, db2=db2)
        values.update(W1=W1, b1=b1, W2=W2, b2=b2)
        record = {k: as_json(v) for k, v in values.items()}
        record["loss"] = float(fs.cross_entropy(A2, Y))
        record["accuracy"] = float(fs.get_accuracy(fs.get_predictions(A2), Y))
        out["iterations"].append(record)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
