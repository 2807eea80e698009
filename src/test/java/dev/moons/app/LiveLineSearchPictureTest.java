package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moons.data.Seeds;
import dev.moons.training.Config;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.LineSearchReplay;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** While training plays, the live line-search picture is evaluated over several frames; paused, at once. */
class LiveLineSearchPictureTest {
    private final List<LineSearchPicture> pictures = new ArrayList<>();
    private final List<Integer> atFrame = new ArrayList<>();
    private int frame;
    private final Mailbox mailbox = new Mailbox(Runnable::run);
    private final AtomicBoolean playing = new AtomicBoolean();
    private final LiveComparison live = new LiveComparison(mailbox, 20, playing::get);

    LiveLineSearchPictureTest() {
        mailbox.listen(update -> update.events().forEach(e -> {
            if (e instanceof UiEvent.LineSearch s) {
                pictures.add(s.picture());
                atFrame.add(frame);
            }
        }));
    }

    @Test
    void aPlayingPictureComesEightFramesAfterItsStepWithTheNumbersOfOneMadeAtOnce() {
        // given a loaded comparison (default methods: the backtracking run searches the full batch)
        Config config = Config.defaults().withSamples(200).withHidden(6).withEpochs(4100);
        live.load(config, Seeds.of(3), null, null, "loaded");
        pictures.clear();
        atFrame.clear();
        // when it plays frame by frame, one epoch each, until a picture came (the throttle spaces them in time too)
        playing.set(true);
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (frame = 1; frame <= 4000 && pictures.isEmpty() && System.nanoTime() < deadline; frame++) {
            live.stepOnce();
            live.publish(true);
            pause();
        }
        // then the picture of epoch e came with frame e + 7: 25 of its 200 α's per frame, 8 frames
        assertEquals(1, pictures.size());
        int parts = LineSearchReplay.POINTS / LivePictures.POINTS_PER_FRAME;
        assertEquals(pictures.get(0).epoch() + parts - 1, atFrame.get(0));
        // and paused, a step's picture comes with its own frame
        playing.set(false);
        pictures.clear();
        atFrame.clear();
        live.stepOnce();
        live.publish(true);
        assertEquals(List.of(frame), atFrame);
        assertEquals(frame, pictures.get(0).epoch());
    }

    @Test
    void aPictureInPartsEqualsTheOneAPausedComparisonMakesAtOnce() {
        Config config = Config.defaults().withSamples(200).withHidden(6).withEpochs(4100);
        LineSearchPicture inParts = firstPicture(config, true);
        LineSearchPicture atOnce = firstPicture(config, false);
        assertEquals(atOnce.epoch(), inParts.epoch());
        assertArrayEquals(atOnce.alphas(), inParts.alphas());
        assertArrayEquals(atOnce.phis(), inParts.phis());
        assertArrayEquals(atOnce.conditions().slopes(), inParts.conditions().slopes());
    }

    // the picture of epoch 1 of a fresh comparison, made while playing (in parts, over frames with no new epoch)
    // or paused (at once)
    private LineSearchPicture firstPicture(Config config, boolean play) {
        live.load(config, Seeds.of(3), null, null, "loaded");
        pictures.clear();
        playing.set(play);
        live.stepOnce();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (pictures.isEmpty() && System.nanoTime() < deadline) {
            live.publish(true);
            pause();
        }
        return pictures.get(0);
    }

    // a frame's worth of time between frames, so the throttle's 250 ms pass in tens of frames, not thousands
    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
