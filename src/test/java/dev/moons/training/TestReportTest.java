package dev.moons.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.data.Seeds;
import dev.moons.metrics.ClassificationReport;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A run's test report is the one predict() gives, and its accuracy is the record's test accuracy, bit for bit. */
class TestReportTest {
    @Test
    void theTestReportIsPredictsAndItsAccuracyTheRecords() {
        // given both runs of a comparison with a large step (accuracies that move) and a noisy test set
        Config config = Config.defaults().withSamples(400).withNoise(0.35).withHidden(6).withEpochs(12).withLr(2.0)
                .withSeed(3);
        Comparison comparison = Comparison.create(config, Seeds.of(config.seed()));
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            comparison.stepBoth((method, record) -> { });
            for (TrainingRun run : comparison.runs()) {
                // when its report is taken after each epoch
                ClassificationReport report = run.testReport();
                // then it equals predict()'s at threshold 0.5 and the record's accuracy
                INDArray p = run.problem().model().predict(run.parameters(), run.problem().xTest());
                assertEquals(ClassificationReport.of(run.problem().testRaw().labels(),
                        p.reshape(p.length()).toDoubleVector()), report, run.method() + " epoch " + epoch);
                assertEquals(run.last().testAcc(), report.accuracy(), 0.0, run.method() + " epoch " + epoch);
            }
        }
    }
}
