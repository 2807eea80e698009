package dev.moons.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** One line per error: the first line, the cause of a CompletionException, long quoted values cut. */
class MessagesTest {
    @Test
    void keepsTheFirstLineOnly() {
        assertEquals("bad header", Messages.oneLine(new IOException("  bad header\n  at line 2\n")));
        assertEquals("second", Messages.oneLine("\n  \nsecond\nthird"));
        assertEquals("", Messages.oneLine((String) null));
    }

    @Test
    void namesTheClassWhenThereIsNoMessage() {
        assertEquals("IllegalStateException", Messages.oneLine(new IllegalStateException()));
        assertEquals("IOException", Messages.oneLine(new IOException(" \n ")));
    }

    @Test
    void unwrapsCompletionExceptions() {
        assertEquals("disk full", Messages.oneLine(new CompletionException(new IOException("disk full"))));
    }

    @Test
    void cutsLongQuotedValues() {
        String long50 = "x".repeat(50);
        assertEquals("--data value '" + "x".repeat(40) + "…' is not a number",
                Messages.oneLine("--data value '" + long50 + "' is not a number"));
        assertEquals("file \"" + "y".repeat(40) + "…\": no such file",
                Messages.oneLine("file \"" + "y".repeat(41) + "\": no such file"));
        String exactly40 = "--lrs value '" + "z".repeat(40) + "' is not a number";
        assertEquals(exactly40, Messages.oneLine(exactly40));
        assertEquals("--lrs value 'abc' is not a number", Messages.oneLine("--lrs value 'abc' is not a number"));
    }

    @Test
    void anApostropheInsideAWordOpensNoValue() {
        String text = "can't read it: the settings don't parse as JSON at all, not even the first brace 'x'";
        assertEquals(text, Messages.oneLine(text));
    }

    @Test
    void anUnquotedRunOver255CharactersIsCutButAPathIsKept() {
        String path = "/tmp/" + "d".repeat(200) + "/out";
        assertEquals("--out " + path + " is not writable", Messages.oneLine("--out " + path + " is not writable"));
        String cut = Messages.oneLine("--activation must be one of relu, tanh, was " + "z".repeat(100_000));
        assertEquals("--activation must be one of relu, tanh, was " + "z".repeat(40) + "…", cut);
    }
}
