package dev.moons.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.junit.jupiter.api.Test;

/**
 * The loss terms live at a 64-byte aligned address, so BLAS asum (whose order follows the address modulo 32 from 256
 * terms on) sums them in one order in every process; checked against a Java sum in index order.
 */
class AlignedLossSumTest {
    static {
        Nd4jRuntime.ensureConfigured();
    }

    @Test
    void vectorsStartOnA64ByteBoundaryWhateverWasAllocatedBefore() {
        List<INDArray> keep = new ArrayList<>();
        for (int k = 0; k < 24; k++) {
            // given buffers of odd sizes allocated in between (they shift malloc's next address by 16 or 32 bytes)
            keep.add(Nd4j.create(DataType.DOUBLE, 1 + k));
            // when an aligned vector is made
            INDArray v = BatchLoss.cacheLineAligned(300 + k);
            // then its element 0 is on a 64-byte boundary, it has the asked length, it is zero and writable
            // (a view's data() is a buffer at the view's first element: its address includes the offset)
            long address = v.data().addressPointer().address();
            assertEquals(0, address % 64, "length " + (300 + k));
            assertEquals(300 + k, v.length());
            assertEquals(0.0, v.sumNumber().doubleValue(), 0.0);
            v.assign(2.0);
            assertEquals(2.0 * (300 + k), v.sumNumber().doubleValue(), 0.0);
        }
        assertEquals(24, keep.size());
    }

    @Test
    void theLossOfOneBatchIsTheSameBitsAcrossManyFreshCopies() {
        // given the 300 points and θ of one problem, built into a fresh loss many times between other allocations
        Random rng = new Random(5);
        INDArray x = Nd4j.create(DataType.DOUBLE, 300, 2);
        INDArray y = Nd4j.create(DataType.DOUBLE, 300, 1);
        for (int i = 0; i < 300; i++) {
            x.putScalar(i, 0, rng.nextGaussian() * 2);
            x.putScalar(i, 1, rng.nextGaussian() * 2);
            y.putScalar(i, 0, rng.nextInt(2));
        }
        Mlp model = new Mlp(8);
        INDArray theta = model.initialParameters(new Random(42));
        List<INDArray> keep = new ArrayList<>();
        double first = model.objective(x, y).value(theta);
        for (int k = 0; k < 16; k++) {
            keep.add(Nd4j.create(DataType.DOUBLE, 1 + 2 * k));
            // then every copy gives the same loss, bit for bit
            assertEquals(Double.doubleToRawLongBits(first), Double.doubleToRawLongBits(model.objective(x, y)
                    .value(theta)), "copy " + k);
        }
        // and that loss is the mean of the terms to within rounding (a Java sum in index order as the reference)
        INDArray z = model.logits(theta, x).reshape(300);
        double sum = 0;
        for (int i = 0; i < 300; i++) {
            double s = 2 * y.getDouble(i, 0) - 1;
            sum += Math.log1p(Math.exp(-s * z.getDouble(i)));
        }
        assertEquals(sum / 300, first, 1e-13 * first);
        assertEquals(16, keep.size());
    }
}
