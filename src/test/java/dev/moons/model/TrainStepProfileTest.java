package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The profile times the real step: its op list, run in order after the buffers were left at another θ, gives
 * valueAndGradient's loss and gradient bits, for one block and for several (so no op of the call is missing).
 */
class TrainStepProfileTest {

    @BeforeAll
    static void configureNd4j() {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void theListedOpsInOrderGiveValueAndGradientsBitsForOneBlock() {
        assertOpsReproduceTheCall(1000, BatchLoss.BLOCK);
    }

    @Test
    void theListedOpsInOrderGiveValueAndGradientsBitsForThreeBlocks() {
        assertOpsReproduceTheCall(1000, 400);
    }

    private static void assertOpsReproduceTheCall(int n, int block) {
        int h = 16;
        // given a bound loss and its result at θb
        BatchLoss loss = new BatchLoss(h, Activation.RELU, TestData.points(n, 3), TestData.labels(n, 3), block);
        INDArray thetaB = TestData.theta(h, 5);
        INDArray theta = thetaB.dup();
        INDArray gradient = Nd4j.create(DataType.DOUBLE, 4 * h + 1);
        double expectedLoss = loss.valueAndGradient(theta, gradient);
        long[] expectedGradient = bits(gradient);
        // and every buffer then left at another θa
        theta.assign(TestData.theta(h, 6));
        double otherLoss = loss.valueAndGradient(theta, gradient);
        assertNotEquals(expectedLoss, otherLoss);
        TrainStepProfile profile = new TrainStepProfile(loss);
        // when θb is put back and the profile's ops run in order
        theta.assign(thetaB);
        double profiled = profile.runOps();
        // then they compute valueAndGradient's loss and gradient bit for bit
        assertEquals(Double.doubleToLongBits(expectedLoss), Double.doubleToLongBits(profiled));
        assertArrayEquals(expectedGradient, bits(gradient));
        int blocks = (n + block - 1) / block;
        assertEquals(1 + 10 * blocks + 3 + 1, profile.ops().size(), "copy θ, 10 per block, 3 loss ops, copy g");
    }

    private static long[] bits(INDArray a) {
        return Arrays.stream(a.toDoubleVector()).mapToLong(Double::doubleToLongBits).toArray();
    }
}
