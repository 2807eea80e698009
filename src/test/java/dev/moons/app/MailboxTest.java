package dev.moons.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-off to the UI with a UI executor that only queues: deliveries run when the test says so. */
class MailboxTest {
    private final List<Runnable> pending = new ArrayList<>();
    private final List<Update> updates = new ArrayList<>();
    private final Mailbox mailbox = new Mailbox(pending::add);

    @Test
    void manyEventsAndSnapshotsMakeOneDeliveryWithEveryEventAndTheNewestSnapshot() {
        // given a listening mailbox
        mailbox.listen(updates::add);
        // when 50 events and 50 snapshots arrive before the UI runs
        Snapshot newest = null;
        for (int i = 0; i < 50; i++) {
            mailbox.post(new UiEvent.Failure(1, "event " + i));
            newest = snapshot(i);
            mailbox.offer(newest);
        }
        // then one delivery was scheduled, and it carries the 50 events in order and only the newest snapshot
        assertEquals(1, pending.size());
        pending.remove(0).run();
        assertEquals(1, updates.size());
        List<UiEvent> events = updates.get(0).events();
        assertEquals(50, events.size());
        for (int i = 0; i < 50; i++) {
            assertEquals("event " + i, ((UiEvent.Failure) events.get(i)).message());
        }
        assertSame(newest, updates.get(0).latest());
        assertTrue(!mailbox.hasUnshown());
    }

    @Test
    void aTakenSnapshotLetsTheNextOneScheduleAgain() {
        mailbox.listen(updates::add);
        mailbox.offer(snapshot(1));
        pending.remove(0).run();
        // when a second snapshot comes after the first was shown
        mailbox.offer(snapshot(2));
        // then it schedules a delivery of its own
        assertEquals(1, pending.size());
        assertTrue(mailbox.hasUnshown());
        pending.remove(0).run();
        assertEquals(2, updates.get(1).latest().generation());
    }

    @Test
    void aDeliveryWithNothingNewShowsNothing() {
        mailbox.listen(updates::add);
        mailbox.post(new UiEvent.Failure(1, "once"));
        mailbox.flush();
        mailbox.flush();
        pending.forEach(Runnable::run);
        // then the second delivery found the queue drained and did not call the listener
        assertEquals(1, updates.size());
        assertNull(updates.get(0).latest());
    }

    @Test
    void whatArrivesBeforeTheListenerWaitsForIt() {
        // given a snapshot and an event with no listener yet, and the delivery they scheduled run
        mailbox.post(new UiEvent.Failure(1, "early"));
        mailbox.offer(snapshot(1));
        pending.remove(0).run();
        assertTrue(mailbox.hasUnshown());
        // when a listener comes
        mailbox.listen(updates::add);
        pending.remove(0).run();
        // then it gets both, and a second listener is refused
        assertEquals(1, updates.size());
        assertEquals(1, updates.get(0).events().size());
        assertEquals(1, updates.get(0).latest().generation());
        assertThrows(IllegalStateException.class, () -> mailbox.listen(updates::add));
    }

    @Test
    void aListenerWithNothingWaitingSchedulesNothing() {
        mailbox.listen(updates::add);
        assertTrue(pending.isEmpty());
    }

    @Test
    void takingASnapshotCuesTheTrainingLoopBeforeTheListenerRunsAndEventsAloneDoNot() {
        // given a mailbox whose taken cue and listener write to one log
        List<String> log = new ArrayList<>();
        mailbox.onTaken(() -> log.add("taken"));
        mailbox.listen(u -> log.add("update " + (u.latest() == null ? "-" : u.latest().generation())));
        // when a snapshot is delivered, then events alone
        mailbox.offer(snapshot(7));
        pending.remove(0).run();
        mailbox.post(new UiEvent.Failure(1, "no snapshot"));
        mailbox.flush();
        pending.remove(0).run();
        // then the cue came once, before the listener saw the snapshot
        assertEquals(List.of("taken", "update 7", "update -"), log);
    }

    private static Snapshot snapshot(long generation) {
        return new Snapshot(generation, null, null, null, null);
    }
}
