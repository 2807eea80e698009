package dev.moons.render.chart;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moons.data.Seeds;
import dev.moons.export.PngExport;
import dev.moons.optim.StrongWolfeLineSearch;
import dev.moons.training.Config;
import dev.moons.training.LineSearchConditions;
import dev.moons.training.LineSearchPicture;
import dev.moons.training.LineSearchReplay;
import dev.moons.training.Method;
import dev.moons.training.Problem;
import dev.moons.training.TrainingRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The line-search plot of a real wolfe step: conditions shaded where they hold, trials numbered, labels apart. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ConditionsLayerTest {
    private static LineSearchPicture wolfe;

    private final LineSearchPlot plot = new LineSearchPlot();
    private final Pane holder = new Pane(plot);

    @BeforeAll
    static void train() {
        // α₀ = 0.05 makes wolfe bracket, c2 = 0.3 makes it zoom; the step with the most trials of the first 40 epochs
        Config config = Config.defaults().withSamples(200).withHidden(8).withEpochs(40);
        Seeds seeds = Seeds.of(11);
        Problem problem = Problem.generate(config, seeds);
        TrainingRun run = new TrainingRun(Method.BACKTRACKING, problem, problem.initialParameters(seeds),
                new StrongWolfeLineSearch(0.05, 1e-4, 0.3), 40, 0, seeds.batchRandom());
        for (int epoch = 1; epoch <= 40; epoch++) {
            run.nextEpoch();
            LineSearchPicture picture = LineSearchReplay.lastStep(run, 0.3);
            if (wolfe == null || picture.triedSteps().length > wolfe.triedSteps().length) {
                wolfe = picture;
            }
        }
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(holder, 1000, 600));
        stage.show();
    }

    @Test
    void phiIsDrawnInTheColourOfTheSearchMethod(FxRobot robot) {
        // given the same step as a backtracking lane's and as an sls lane's
        for (Method m : List.of(Method.BACKTRACKING, Method.SLS)) {
            LineSearchPicture picture = wolfe.withMethod(m);
            AtomicReference<BufferedImage> shot = new AtomicReference<>();
            robot.interact(() -> {
                plot.setMinSize(700, 420);
                plot.setMaxSize(700, 420);
                plot.show(picture);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                plot.layout();
                plot.show(picture);
                shot.set(PngExport.render(plot, ""));
            });
            // then φ's pixels have that method's colour, and the other's nowhere
            Method other = m == Method.SLS ? Method.BACKTRACKING : Method.SLS;
            assertTrue(count(shot.get(), m.rgb()) > 100, m.id() + "'s colour drawn");
            assertTrue(count(shot.get(), other.rgb()) == 0, other.id() + "'s colour not drawn");
        }
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void aWolfeStepShowsWhereEachConditionHoldsAndNumbersItsTrials(FxRobot robot) throws Exception {
        assertTrue(wolfe.triedSteps().length >= 3, "a step with several trials: " + wolfe.triedSteps().length);
        LineSearchConditions conditions = wolfe.conditions();
        assertNotNull(conditions);
        assertTrue(!conditions.strongWolfe().isEmpty(), "an accepted wolfe step lies in a strong Wolfe interval");
        for (int[] size : new int[][] {{900, 520}, {420, 300}}) {
            AtomicReference<BufferedImage> shot = new AtomicReference<>();
            AtomicReference<ChartLayout> layout = new AtomicReference<>();
            robot.interact(() -> {
                plot.setMinSize(size[0], size[1]);
                plot.setMaxSize(size[0], size[1]);
                plot.show(wolfe);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                plot.layout();
                plot.show(wolfe);
                layout.set(plot.lastLayout());
                shot.set(PngExport.render(plot, ""));
            });
            String where = size[0] + "×" + size[1];
            List<Bounds> boxes = layout.get().textBoxes();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertTrue(!boxes.get(i).intersects(boxes.get(j)), where + ": " + boxes.get(i) + " overlaps "
                            + boxes.get(j));
                }
            }
            // the strong Wolfe wash tints the top of the frame over the middle of its first interval
            Bounds frame = layout.get().plotArea();
            LineSearchConditions.Interval first = conditions.strongWolfe().get(0);
            double alpha = 0.5 * (first.from() + first.to());
            int px = (int) Math.round(frame.getMinX() + alpha / wolfe.alphaMax() * frame.getWidth());
            int rgb = shot.get().getRGB(px, (int) frame.getMinY() + 3) & 0xFFFFFF;
            assertTrue(rgb != 0xFFFFFF && ((rgb >> 8) & 0xFF) > ((rgb >> 16) & 0xFF), where + ": not green-tinted "
                    + Integer.toHexString(rgb) + " at α " + alpha);
            Path out = Path.of("target", "line-search-shots", "wolfe-" + size[0] + "x" + size[1] + ".png");
            Files.createDirectories(out.getParent());
            PngExport.writeImage(shot.get(), out);
        }
        // at the large size the trials are numbered: labels inside the frame, all but those crowded near α = 0
        robot.interact(() -> {
            plot.setMinSize(900, 520);
            plot.setMaxSize(900, 520);
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<ChartLayout> large = new AtomicReference<>();
        robot.interact(() -> {
            plot.layout();
            plot.show(wolfe);
            large.set(plot.lastLayout());
        });
        Bounds frame = large.get().plotArea();
        long inside = large.get().textBoxes().stream().filter(frame::contains).count();
        int trials = wolfe.triedSteps().length;
        assertTrue(inside >= trials - 3 && inside > 0, inside + " numbers for " + trials + " trials");
    }
}
