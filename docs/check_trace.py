#!/usr/bin/env python3
"""Recompute one iteration of a From Scratch trace in numpy and compare every matrix.

    npm run trace -- --seed 0 --m 100 --alpha 0.1 --activation relu --optimizer gd --out t.json
    python3 docs/check_trace.py t.json

Starting from the trace's X, Y and parameters before, this redoes forward propagation,
backpropagation and the update with the notes' equations (db summed per row, softmax minus
each column's max), then prints, for every matrix, the relative error

    max |engine - numpy| / max |numpy|

and exits with status 1 if any is above 1e-9. Needs only Python 3 and numpy.
"""
import json
import sys

import numpy as np

TOLERANCE = 1e-9


def matrix(m):
    return np.array(m["data"], dtype=np.float64).reshape(m["shape"])


def relative_error(ours, theirs):
    return np.max(np.abs(ours - theirs)) / max(np.max(np.abs(theirs)), 1e-300)


def recompute(trace):
    network, opt = trace["config"]["network"], trace["config"]["optimizer"]
    X, Y = matrix(trace["X"]), matrix(trace["Y"])
    W1, b1, W2, b2 = (matrix(trace["before"][n]) for n in ("W1", "b1", "W2", "b2"))
    m = X.shape[1]
    slope = network["leakySlope"] if network["activation"] == "leaky-relu" else 0.0

    Z1 = W1.dot(X) + b1
    A1 = np.where(Z1 > 0, Z1, slope * Z1)
    Z2 = W2.dot(A1) + b2
    E = np.exp(Z2 - Z2.max(axis=0, keepdims=True))
    A2 = E / E.sum(axis=0, keepdims=True)
    loss = -np.sum(Y * np.log(np.maximum(A2, np.nextafter(0.0, 1.0)))) / m

    dZ2 = A2 - Y
    dW2 = 1 / m * dZ2.dot(A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = W2.T.dot(dZ2) * np.where(Z1 > 0, 1.0, slope)
    dW1 = 1 / m * dZ1.dot(X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)

    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    grads = {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
    if opt["kind"] == "gd":
        after = {n: params[n] - opt["alpha"] * grads[n] for n in params}
    elif opt["kind"] == "adam":
        # Iteration 1 of Adam from zero moments, bias-corrected (t = 1).
        b1_, b2_, eps = opt["beta1"], opt["beta2"], opt["epsilon"]
        after = {}
        for n, g in grads.items():
            mom = (1 - b1_) * g
            vel = (1 - b2_) * g * g
            m_hat, v_hat = mom / (1 - b1_), vel / (1 - b2_)
            after[n] = params[n] - opt["alpha"] * m_hat / (np.sqrt(v_hat) + eps)
    else:
        sys.exit(f"check_trace: unknown optimizer {opt['kind']!r}")

    results = dict(Z1=Z1, A1=A1, Z2=Z2, A2=A2, dZ2=dZ2, dW2=dW2, db2=db2, dZ1=dZ1, dW1=dW1, db1=db1)
    return results, after, loss


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python3 docs/check_trace.py TRACE.json")
    with open(sys.argv[1]) as f:
        trace = json.load(f)
    config = trace["config"]
    print(f"{sys.argv[1]}: m = {config['m']}, {config['network']['activation']}, "
          f"{config['optimizer']['kind']} (alpha = {config['optimizer']['alpha']})")
    results, after, loss = recompute(trace)
    rows = [(n, relative_error(matrix(trace[n]), v)) for n, v in results.items()]
    rows += [(f"after.{n}", relative_error(matrix(trace["after"][n]), v)) for n, v in after.items()]
    rows.append(("loss", abs(trace["loss"] - loss) / abs(loss)))
    worst = 0.0
    for name, error in rows:
        worst = max(worst, error)
        print(f"  {name:10s} {error:.3e}")
    verdict = "agrees" if worst <= TOLERANCE else "DISAGREES"
    print(f"largest relative error {worst:.3e}: the engine {verdict} with numpy (tolerance {TOLERANCE:g})")
    sys.exit(0 if worst <= TOLERANCE else 1)


if __name__ == "__main__":
    main()
