package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A batch split into row blocks (gradients accumulated by the products' beta) equals the plain-Java kernel. */
class BlockedBatchLossTest {
    private static final double TOLERANCE = 1e-12;

    /** Given 1000 points in blocks of 300 (the last one 100 rows), value, gradient and accuracy match. */
    @ParameterizedTest
    @EnumSource(Activation.class)
    void blocksAgreeWithPlainKernelAndWithOneBlock(Activation f) {
        int n = 1000;
        int h = 8;
        INDArray x = TestData.points(n, 21);
        INDArray y = TestData.labels(n, 21);
        BatchLoss blocked = new BatchLoss(h, f, x, y, 300);
        BatchLoss whole = new BatchLoss(h, f, x, y, n);
        PlainKernel plain = new PlainKernel(h, f, x, y);
        INDArray g = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        INDArray gWhole = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        double[] plainGradient = new double[4 * h + 1];
        for (long seed = 1; seed <= 3; seed++) {
            INDArray theta = TestData.theta(h, seed);
            double expected = plain.lossAndGradient(theta.toDoubleVector(), plainGradient);
            assertEquals(expected, blocked.valueAndGradient(theta, g), TOLERANCE, f + " seed " + seed);
            double diff = TestData.maxAbsDiff(g, Nd4j.createFromArray(plainGradient));
            assertTrue(diff < TOLERANCE, f + " seed " + seed + ": max |blocked − plain| = " + diff);
            assertEquals(expected, blocked.value(theta), TOLERANCE);
            whole.valueAndGradient(theta, gWhole);
            assertTrue(TestData.maxAbsDiff(g, gWhole) < TOLERANCE);
            assertEquals(whole.evaluate(theta).accuracy(), blocked.evaluate(theta).accuracy(), 0.0);
        }
    }

    /** Given labels that are not 0/1, the loss takes the general stable form and still matches the kernel. */
    @Test
    void softLabelsUseTheGeneralForm() {
        int n = 40;
        int h = 4;
        INDArray x = TestData.points(n, 3);
        INDArray y = Nd4j.linspace(0.0, 1.0, n, DataType.DOUBLE).reshape(n, 1);
        BatchLoss loss = new BatchLoss(h, Activation.RELU, x, y, 16);
        INDArray theta = TestData.theta(h, 4);
        assertEquals(new PlainKernel(h, x, y).loss(theta.toDoubleVector()), loss.value(theta), TOLERANCE);
    }
}
