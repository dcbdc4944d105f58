package dev.newsclaims.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with one matcher per thread, reset for each use. The summary and headline stages test every paragraph
 * or sentence of an article against a few patterns; a new matcher (with its group arrays) and a substring per test
 * were a large part of what those stages allocated. The matcher returned is valid until the next call on the same
 * thread, and keeps its last input until then.
 */
public final class PerThreadMatcher {

    private final ThreadLocal<Matcher> matchers;

    public PerThreadMatcher(Pattern pattern) {
        this.matchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
    }

    /**
     * This thread's matcher over {@code text[start, end)}. Its bounds are opaque and anchoring (the defaults), so it
     * matches exactly as over {@code text.substring(start, end)}; offsets it reports are offsets into {@code text}.
     */
    public Matcher over(CharSequence text, int start, int end) {
        return matchers.get().reset(text).region(start, end);
    }
}
