package dev.moons.io;

import java.util.concurrent.CompletionException;

/**
 * One-line error text for status bars, notices and the command line: the first line of a message, with any quoted
 * value longer than {@link #MAX_QUOTED} characters, and any unquoted run without spaces longer than
 * {@link #MAX_WORD}, cut to {@link #MAX_QUOTED} characters and an ellipsis. No JavaFX.
 */
public final class Messages {
    /** The longest quoted value (between ' or " quotes) kept whole; longer ones end in "…" after this many. */
    public static final int MAX_QUOTED = 40;
    /** The longest unquoted run without spaces kept whole (a path may be this long); longer ones are cut as quoted. */
    public static final int MAX_WORD = 255;

    private Messages() {}

    /**
     * The first line of {@code e}'s message (of its cause when {@code e} only wraps one in a
     * {@link CompletionException}), or its class's simple name when it has no message.
     */
    public static String oneLine(Throwable e) {
        Throwable shown = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String m = shown.getMessage();
        return m == null || m.isBlank() ? shown.getClass().getSimpleName() : oneLine(m);
    }

    /** The first non-blank line of {@code message}, stripped, quoted long values cut; "" for null. */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).strip();
        return cutLongWords(cutQuoted(line));
    }

    // an unquoted value (e.g. "was zzzz…") of more than MAX_WORD characters keeps its first MAX_QUOTED
    private static String cutLongWords(String line) {
        return java.util.regex.Pattern.compile("\\S{" + (MAX_WORD + 1) + ",}").matcher(line)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group().substring(0, MAX_QUOTED) + "…"));
    }

    // a quote opens a value when no letter or digit comes before it, and closes it when none comes after it
    private static String cutQuoted(String line) {
        StringBuilder out = null;
        int copied = 0;
        for (int open = 0; open < line.length(); open++) {
            char q = line.charAt(open);
            if ((q != '\'' && q != '"') || (open > 0 && Character.isLetterOrDigit(line.charAt(open - 1)))) {
                continue;
            }
            int close = closing(line, open + 1, q);
            if (close < 0) {
                break;
            }
            if (close - open - 1 > MAX_QUOTED) {
                out = out == null ? new StringBuilder(line.length()) : out;
                out.append(line, copied, open + 1 + MAX_QUOTED).append('…');
                copied = close;
            }
            open = close;
        }
        return out == null ? line : out.append(line, copied, line.length()).toString();
    }

    private static int closing(String line, int from, char q) {
        for (int k = from; k < line.length(); k++) {
            if (line.charAt(k) == q && (k + 1 == line.length() || !Character.isLetterOrDigit(line.charAt(k + 1)))) {
                return k;
            }
        }
        return -1;
    }
}
