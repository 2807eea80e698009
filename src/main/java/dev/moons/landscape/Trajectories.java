package dev.moons.landscape;

import dev.moons.training.Comparison;
import dev.moons.training.EpochArchive;
import dev.moons.training.Method;
import dev.moons.training.TrainingRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the runs went: the shared start θ0 and, per method in lane order, θ at every kept epoch up to the run's last
 * one, which is always included (an archive's stride may skip it).
 *
 * @param theta0 the shared initial weights [p]
 * @param hidden H, so that θ's layout (w1 [2,H], b1 [H], w2 [H], b2) is known
 * @param paths  per method in lane order, the kept θ in increasing epoch order, epoch 0 first
 */
public record Trajectories(double[] theta0, int hidden, Map<Method, List<Visit>> paths) {

    /**
     * θ [p] after one epoch.
     *
     * @param epoch the epoch
     * @param theta the parameters after it
     */
    public record Visit(int epoch, double[] theta) {
    }

    /** Every run of {@code comparison} at every epoch {@code archive} kept, each up to its run's current epoch. */
    public static Trajectories of(Comparison comparison, EpochArchive archive) {
        Map<Method, List<Visit>> paths = new LinkedHashMap<>();
        for (TrainingRun run : comparison.runs()) {
            List<Visit> visits = new ArrayList<>();
            for (EpochArchive.Kept k : archive.kept()) {
                if (k.epoch() <= run.epoch()) {
                    visits.add(new Visit(k.epoch(), k.theta(run.method())));
                }
            }
            if (visits.isEmpty() || visits.get(visits.size() - 1).epoch() < run.epoch()) {
                visits.add(new Visit(run.epoch(), run.parameterValues()));
            }
            paths.put(run.method(), List.copyOf(visits));
        }
        return new Trajectories(comparison.initialParameters().toDoubleVector(), comparison.problem().model()
                .hidden(), paths);
    }

    /** The methods of the runs, in lane order (the first two span the endpoints plane and the profile). */
    public List<Method> methods() {
        return List.copyOf(paths.keySet());
    }

    /** The kept epochs of {@code method}'s run. */
    public List<Visit> path(Method method) {
        return paths.get(method);
    }

    /** θ(T) of {@code method}'s run, its last kept epoch. */
    public Visit end(Method method) {
        List<Visit> path = path(method);
        return path.get(path.size() - 1);
    }
}
