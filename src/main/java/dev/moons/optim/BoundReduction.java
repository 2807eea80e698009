package dev.moons.optim;

import java.util.Objects;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.BaseReduceOp;
import org.nd4j.linalg.api.ops.impl.reduce.floating.Norm2;
import org.nd4j.linalg.api.ops.impl.reduce.same.AMax;
import org.nd4j.linalg.cpu.nativecpu.buffer.BaseCpuDataBuffer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.nd4j.nativeblas.OpaqueDataBuffer;

/**
 * A whole-array libnd4j reduction, ‖v‖₂ or max|vᵢ| of a vector v [p], bound to v and a preallocated scalar: {@link
 * #of} calls the same native scalar-reduce kernel that {@code v.norm2Number()} / {@code v.amaxNumber()} reach through
 * the executioner (so the same bits), with the shape-info and buffer pointers cached, and allocates nothing. Binds
 * again only when a different array (by identity) is passed. Not thread-safe: one per run.
 */
public final class BoundReduction {
    private static final NativeOps NATIVE = NativeOpsHolder.getInstance().getDeviceNativeOps();

    private final boolean floating;
    private final int opNum;
    private INDArray input;
    private INDArray out;
    private OpaqueDataBuffer inputBuffer;
    private LongPointer inputShape;
    private OpaqueDataBuffer outBuffer;
    private LongPointer outShape;
    private Pointer extraArgs;
    private DataBuffer extraArgsBuffer;

    private BoundReduction(boolean floating, int opNum) {
        this.floating = floating;
        this.opNum = opNum;
    }

    /** ‖v‖₂ = √Σ vᵢ² (libnd4j's {@code norm2}, a floating reduction). */
    public static BoundReduction norm2() {
        return new BoundReduction(true, new Norm2().opNum());
    }

    /** max |vᵢ| (libnd4j's {@code amax}, a same-type reduction). */
    public static BoundReduction maxAbs() {
        return new BoundReduction(false, new AMax().opNum());
    }

    /** The reduction of {@code v} (any shape, all entries; not empty), binding it first if it is a new array. */
    public double of(INDArray v) {
        if (v != input) {
            bind(Objects.requireNonNull(v));
        }
        if (floating) {
            NATIVE.execReduceFloat(null, opNum, inputBuffer, inputShape, null, extraArgs, outBuffer, outShape, null);
        } else {
            NATIVE.execReduceSame(null, opNum, inputBuffer, inputShape, null, extraArgs, outBuffer, outShape, null);
        }
        if (NATIVE.lastErrorCode() != 0) {
            throw new IllegalStateException("native reduction failed: " + NATIVE.lastErrorMessage());
        }
        return out.getDouble(0);
    }

    // the pointers the executioner would pass for this array: its buffer and shape info, a scalar of its type
    private void bind(INDArray v) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException("cannot reduce an empty array");
        }
        BaseReduceOp op = floating ? new Norm2(v) : new AMax(v);
        if (out == null || out.dataType() != op.resultType()) {
            out = Nd4j.scalar(op.resultType(), 0.0);
            outBuffer = ((BaseCpuDataBuffer) out.data()).getOpaqueDataBuffer();
            outShape = (LongPointer) out.shapeInfoDataBuffer().addressPointer();
        }
        input = v;
        inputBuffer = ((BaseCpuDataBuffer) v.data()).getOpaqueDataBuffer();
        inputShape = (LongPointer) v.shapeInfoDataBuffer().addressPointer();
        extraArgsBuffer = op.extraArgs() == null ? null : op.extraArgsDataBuff(floating ? out.dataType() : v.dataType());
        extraArgs = extraArgsBuffer == null ? null : extraArgsBuffer.addressPointer();
    }
}
