package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.model.Mlp;
import dev.moons.model.WeightDecayObjective;
import dev.moons.optim.StepResult;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Both methods minimise the penalised loss; λ = 0 trains exactly as before weight decay existed. */
class WeightDecayTrainingTest {

    /**
     * SHA-256 of both runs' records (accuracies, steps, evaluations exactly; losses and gradient norms to 1e-12,
     * since the kernel's reported loss varies in its last bit from one JVM to the next) and their final θ, bit for
     * bit, for the default config at 30 epochs, full batch and batch 64, seed 42: captured from main before
     * weight decay existed.
     */
    @Test
    void lambdaZeroTrainsBitIdenticallyToBefore() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (int batch : new int[] {0, 64}) {
            Comparison cmp = Comparison.create(Config.defaults().withEpochs(30).withBatch(batch), Seeds.of(42));
            for (TrainingRun run : new TrainingRun[] {cmp.run(Method.FIXED), cmp.run(Method.BACKTRACKING)}) {
                run.runToEnd((m, r) -> { });
                for (EpochRecord r : run.history()) {
                    assertEquals(r.trainLoss(), r.trainObjective());
                    md.update(ByteBuffer.allocate(64).putLong(Math.round(r.trainLoss() * 1e12))
                            .putLong(Math.round(r.testLoss() * 1e12)).putDouble(r.trainAcc())
                            .putDouble(r.testAcc()).putDouble(r.step()).putLong(r.lossEvals())
                            .putLong(Math.round(r.gradNorm() * 1e12)).array());
                }
                for (double v : run.parameterValues()) {
                    md.update(ByteBuffer.allocate(8).putDouble(v).array());
                }
            }
        }
        StringBuilder hex = new StringBuilder();
        for (byte x : md.digest()) {
            hex.append(String.format("%02x", x));
        }
        assertEquals("f8c2e6401552342f1977b41d2f45112252d1bb5e8882aa47e72d6f1b2b8587a8", hex.toString());
    }

    @Test
    void recordsKeepTheDataLossAndAddThePenalisedObjective() {
        double lambda = 0.05;
        Comparison cmp = Comparison.create(Config.defaults().withEpochs(40).withWeightDecay(lambda), Seeds.of(3));
        TrainingRun run = cmp.run(Method.BACKTRACKING);
        run.runToEnd((m, r) -> { });
        EpochRecord last = run.last();
        INDArray theta = run.parameters();
        double dataLoss = cmp.problem().model().objective(cmp.problem().xTrain(), cmp.problem().yTrain())
                .value(theta);
        assertEquals(dataLoss, last.trainLoss(), 1e-12);
        assertEquals(dataLoss + WeightDecayObjective.penalty(theta, lambda), last.trainObjective(), 1e-12);
        assertTrue(last.trainObjective() > last.trainLoss());
    }

    @Test
    void theLineSearchAcceptsStepsByThePenalisedLoss() {
        double lambda = 0.1;
        Config config = Config.defaults().withEpochs(5).withWeightDecay(lambda);
        Comparison cmp = Comparison.create(config, Seeds.of(4));
        TrainingRun run = cmp.run(Method.BACKTRACKING);
        for (int e = 0; e < 5; e++) {
            run.nextEpoch();
            StepOrigin origin = run.lastStepOrigin();
            StepResult step = run.lastStep();
            double penalised = cmp.problem().trainingObjective(cmp.problem().xTrain(), cmp.problem().yTrain())
                    .value(origin.theta());
            assertEquals(penalised, origin.loss(), 1e-12, "the search starts from the penalised loss");
            double g2 = origin.gradient().norm2Number().doubleValue();
            double after = cmp.problem().trainingObjective(cmp.problem().xTrain(), cmp.problem().yTrain())
                    .value(run.parameters());
            assertTrue(after <= origin.loss() - config.c() * step.stepSize() * g2 * g2 + 1e-12,
                    "Armijo on the penalised loss at epoch " + (e + 1));
        }
    }

    @Test
    void weightDecayShrinksTheWeights() {
        Config base = Config.defaults().withEpochs(300);
        double plain = weightNorm(base);
        double decayed = weightNorm(base.withWeightDecay(0.05));
        assertTrue(decayed < 0.8 * plain, "‖w‖ with λ 0.05: " + decayed + ", without: " + plain);
    }

    private static double weightNorm(Config config) {
        Comparison cmp = Comparison.create(config, Seeds.of(42));
        cmp.run(Method.BACKTRACKING).runToEnd((m, r) -> { });
        INDArray theta = cmp.run(Method.BACKTRACKING).parameters();
        double w1 = Mlp.w1(theta).norm2Number().doubleValue();
        double w2 = Mlp.w2(theta).norm2Number().doubleValue();
        return Math.sqrt(w1 * w1 + w2 * w2);
    }
}
