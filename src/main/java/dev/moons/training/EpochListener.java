package dev.moons.training;

/** Receives every epoch record of a run, on the thread that trains. */
@FunctionalInterface
public interface EpochListener {
    /** Called once per epoch, epoch 0 included, with the run's method. */
    void onEpoch(Method method, EpochRecord record);
}
