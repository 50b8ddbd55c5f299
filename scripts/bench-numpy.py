"""The notes' numpy code, timed one iteration at a time for `npm run bench` (scripts/bench.ts).

Reads MNIST's training IDX files from the folder given as the first argument, lays them out
as the notes do (X is 784 x m, pixels / 255, float64), draws W1, b1, W2, b2 uniform on
[-0.5, 0.5), then answers each line "step" on stdin with one full-batch iteration (forward,
backward, update, alpha = 0.1) and its wall time in milliseconds on stdout. numpy is a tool
for this benchmark only, never something the site runs. BLAS threads come from the
environment (the benchmark sets OPENBLAS_NUM_THREADS and friends to 2).
"""
import sys
import time

import numpy as np


def read_idx(path, offset):
    with open(path, "rb") as f:
        return np.frombuffer(f.read()[offset:], dtype=np.uint8)


folder = sys.argv[1]
images = read_idx(folder + "/train-images-idx3-ubyte", 16).reshape(-1, 784)
labels = read_idx(folder + "/train-labels-idx1-ubyte", 8).astype(np.int64)
X = np.ascontiguousarray(images.T / 255.0)
Y = labels
m = X.shape[1]
np.random.seed(0)
W1 = np.random.rand(10, 784) - 0.5
b1 = np.random.rand(10, 1) - 0.5
W2 = np.random.rand(10, 10) - 0.5
b2 = np.random.rand(10, 1) - 0.5


def ReLU(Z):
    return np.maximum(Z, 0)


def softmax(Z):
    A = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return A / np.sum(A, axis=0, keepdims=True)


def one_hot(Y):
    one_hot_Y = np.zeros((Y.size, 10))
    one_hot_Y[np.arange(Y.size), Y] = 1
    return one_hot_Y.T


def iteration(W1, b1, W2, b2, alpha=0.1):
    Z1 = W1.dot(X) + b1
    A1 = ReLU(Z1)
    Z2 = W2.dot(A1) + b2
    A2 = softmax(Z2)
    dZ2 = A2 - one_hot(Y)
    dW2 = 1 / m * dZ2.dot(A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = W2.T.dot(dZ2) * (Z1 > 0)
    dW1 = 1 / m * dZ1.dot(X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return W1 - alpha * dW1, b1 - alpha * db1, W2 - alpha * dW2, b2 - alpha * db2


print("ready", m, np.__version__, flush=True)
for line in sys.stdin:
    if line.strip() != "step":
        break
    started = time.perf_counter()
    W1, b1, W2, b2 = iteration(W1, b1, W2, b2)
    print("%.3f" % ((time.perf_counter() - started) * 1000), flush=True)
