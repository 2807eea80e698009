package dev.moons.training.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moons.training.Config;
import dev.moons.training.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live tally of a sweep keeps each swept method apart and names the band by its own line search. */
class SweepTallyTest {
    private static final Config SMALL = Config.defaults().withSamples(100).withHidden(4).withEpochs(10).withSeeds(2);
    private static final double[] LRS = {0.01, 0.1};

    @Test
    void momentumAndAdamAgainstWolfeAreTalliedAsTheFinishedSweepAggregatesThem() {
        // given a sweep of momentum and adam against wolfe, tallied run by run as it goes
        Config config = SMALL.withMethods(List.of(Method.MOMENTUM, Method.ADAM, Method.WOLFE));
        SweepTally tally = new SweepTally(LRS, Sweep.sweptOf(config), Sweep.bandOf(config));
        SweepResult result = new Sweep(config, LRS, null, 1).run((run, progress) -> tally.add(run));

        // then each method's aggregates are the finished sweep's, not the two methods mixed
        for (Method m : List.of(Method.MOMENTUM, Method.ADAM)) {
            List<SweepAggregate> live = tally.aggregates(m);
            List<SweepAggregate> done = result.aggregates(m);
            for (int i = 0; i < LRS.length; i++) {
                assertEquals(m, live.get(i).method());
                assertEquals(2, live.get(i).runs(), m.id());
                assertEquals(done.get(i).testAcc().mean(), live.get(i).testAcc().mean(), 0.0, m.id());
            }
        }
        assertEquals(result.aggregates(Method.MOMENTUM).get(1).trainLoss().mean(),
                tally.fixedAggregates().get(1).trainLoss().mean(), 0.0);
        // and the band is wolfe's two runs
        assertEquals(Method.WOLFE, tally.band().method());
        assertEquals(2, tally.band().runs());
        assertEquals(result.backtrackingBand().trainLoss().mean(), tally.band().trainLoss().mean(), 0.0);
    }

    @Test
    void aTallyRefusesALineSearchAmongTheSweptOrAFixedStepBand() {
        assertThrows(IllegalArgumentException.class, () -> new SweepTally(LRS, List.of(Method.WOLFE), Method.ADAM));
        assertThrows(IllegalArgumentException.class, () -> new SweepTally(LRS, List.of(Method.FIXED), Method.ADAM));
    }
}
