package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Refilled batches against batches built from getRows: the same gradient and accuracy bit for bit, the loss to 1e-14. */
class MiniBatchesTest {

    static {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void everyBatchOfTwoShuffledOrdersMatchesABatchBuiltFromItsRows() {
        for (Activation f : Activation.values()) {
            check(f, 230, 32, 5);
            check(f, 96, 32, 6);
        }
    }

    @Test
    void aBatchLargerThanOneBlockMatchesToo() {
        check(Activation.RELU, 5000, 4500, 4);
    }

    @Test
    void batchSizesOutsideOneToNAreRefused() {
        INDArray x = Nd4j.rand(DataType.DOUBLE, 10, 2);
        INDArray y = Nd4j.zeros(DataType.DOUBLE, 10, 1);
        Mlp model = new Mlp(3);
        assertThrows(IllegalArgumentException.class, () -> new MiniBatches(model, x, y, 0));
        assertThrows(IllegalArgumentException.class, () -> new MiniBatches(model, x, y, 11));
    }

    private static void check(Activation f, int n, int size, int hidden) {
        Random rng = new Random(n + size);
        Mlp model = new Mlp(hidden, f);
        INDArray x = Nd4j.rand(DataType.DOUBLE, n, 2).subi(0.5).muli(4);
        INDArray y = Nd4j.create(DataType.DOUBLE, n, 1);
        for (int i = 0; i < n; i++) {
            y.putScalar(i, 0, rng.nextBoolean() ? 1.0 : 0.0);
        }
        INDArray theta = model.initialParameters(rng);
        MiniBatches batches = new MiniBatches(model, x, y, size);
        assertEquals((n + size - 1) / size, batches.count());
        for (int round = 0; round < 2; round++) {
            int[] order = shuffled(n, rng);
            for (int k = 0; k < batches.count(); k++) {
                int[] rows = Arrays.copyOfRange(order, k * size, Math.min(n, (k + 1) * size));
                ModelObjective expected = model.objective(x.getRows(rows), y.getRows(rows));
                ModelObjective actual = batches.batch(order, k);
                INDArray g1 = Nd4j.zerosLike(theta);
                INDArray g2 = Nd4j.zerosLike(theta);
                // the loss is summed in index order whatever the buffers' alignment: the same bits as a fresh array's
                double want = expected.valueAndGradient(theta, g1);
                assertEquals(want, actual.valueAndGradient(theta, g2), 0.0, f + " batch " + k);
                assertArrayEquals(g1.toDoubleVector(), g2.toDoubleVector(), 0.0, f + " gradient " + k);
                ModelObjective.LossAndAccuracy e = expected.evaluate(theta);
                ModelObjective.LossAndAccuracy a = actual.evaluate(theta);
                assertEquals(e.accuracy(), a.accuracy(), 0.0, f + " accuracy " + k);
                assertEquals(e.loss(), a.loss(), 0.0, f + " evaluated loss " + k);
            }
        }
    }

    private static int[] shuffled(int n, Random rng) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
