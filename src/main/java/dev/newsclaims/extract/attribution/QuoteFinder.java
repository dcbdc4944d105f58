package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations, marks included: “…”, "…", «…», „…“, and ‘…’ / '…' when the single marks are
 * used as quotes rather than apostrophes. A quote left open at the end of a paragraph continues when
 * the next paragraph opens with a quote mark (the news convention for multi-paragraph quotes);
 * otherwise it ends with its paragraph. One pass over the text; quote length is capped, so no input
 * makes the work grow faster than its length.
 */
final class QuoteFinder {

    /** Longest quote we accept; longer runs are stray marks. */
    static final int MAX_QUOTE_CHARS = 12_000;
    private static final int MAX_SINGLE_QUOTE_CHARS = 1_500;

    private enum Family { CURLY, STRAIGHT, GUILLEMET, LOW9, SINGLE_CURLY, SINGLE_STRAIGHT, DOUBLED }

    List<Span> find(String text, List<Span> paragraphs) {
        List<Span> quotes = new ArrayList<>();
        int openStart = -1;
        Family family = null;
        int previousEnd = -1;
        for (Span paragraph : paragraphs) {
            int i = paragraph.start();
            if (openStart >= 0) {
                // A quote still open: continue only into a paragraph that re-opens with the same kind of mark.
                if (family != null && opensSameFamily(text, i, family)
                        && paragraph.end() - openStart <= MAX_QUOTE_CHARS) {
                    i += family == Family.DOUBLED ? 2 : 1;
                } else {
                    if (!isSingle(family)) {
                        add(quotes, openStart, previousEnd, text);
                    }
                    openStart = -1;
                }
            }
            boolean singlesAllowed = true;
            while (true) {
                for (; i < paragraph.end(); i++) {
                    char c = text.charAt(i);
                    if (openStart < 0) {
                        Family opened = opening(text, i, paragraph.start());
                        if (opened != null && (singlesAllowed || !isSingle(opened))) {
                            openStart = i;
                            family = opened;
                            if (opened == Family.DOUBLED) {
                                i++;
                            }
                        }
                    } else if (closes(text, i, family, openStart)) {
                        add(quotes, openStart, i + 1, text);
                        openStart = -1;
                    } else if (isSingle(family) && (i - openStart > MAX_SINGLE_QUOTE_CHARS || c == '\n')) {
                        // it was an apostrophe ("the ‘90s"): read on from there, without single quotes this time
                        i = openStart;
                        openStart = -1;
                        singlesAllowed = false;
                    } else if (i - openStart > MAX_QUOTE_CHARS) {
                        openStart = -1; // a stray mark: give up rather than swallow the article
                    }
                }
                if (openStart >= 0 && isSingle(family)) {
                    // single quotes never run across paragraphs: rescan the rest once, without them
                    i = openStart + 1;
                    openStart = -1;
                    singlesAllowed = false;
                    continue;
                }
                break;
            }
            previousEnd = paragraph.end();
        }
        if (openStart >= 0 && previousEnd > openStart) {
            add(quotes, openStart, previousEnd, text);
        }
        return quotes;
    }

    private static void add(List<Span> quotes, int start, int end, String text) {
        if (end - start >= 2) {
            quotes.add(new Span(start, end));
        }
    }

    private static boolean isSingle(Family family) {
        return family == Family.SINGLE_CURLY || family == Family.SINGLE_STRAIGHT;
    }

    private static boolean opensSameFamily(String text, int i, Family family) {
        char c = text.charAt(i);
        return switch (family) {
            case DOUBLED -> c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
            case CURLY -> c == '“' || c == '"';
            case STRAIGHT -> c == '"' || c == '“';
            case GUILLEMET -> c == '«';
            case LOW9 -> c == '„';
            default -> false;
        };
    }

    private static Family opening(String text, int i, int paragraphStart) {
        char c = text.charAt(i);
        switch (c) {
            case '“':
                return Family.CURLY;
            case '«':
                return Family.GUILLEMET;
            case '„':
                return Family.LOW9;
            case '"':
                return startsWord(text, i, paragraphStart) ? Family.STRAIGHT : null;
            case '‘':
                return startsWord(text, i, paragraphStart) && !digitFollows(text, i) ? Family.SINGLE_CURLY : null;
            case '\'':
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    return Family.DOUBLED; // ''newspaper style'' quotes
                }
                return startsWord(text, i, paragraphStart) && !digitFollows(text, i) ? Family.SINGLE_STRAIGHT : null;
            default:
                return null;
        }
    }

    /** "the ‘90s", "'em"-style elisions before a year are apostrophes, not quotes. */
    private static boolean digitFollows(String text, int i) {
        return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
    }

    /** An opening mark follows a space, a bracket or dash (or starts the paragraph) and precedes a non-space. */
    private static boolean startsWord(String text, int i, int paragraphStart) {
        boolean before = i == paragraphStart || isSpaceOrOpener(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    private static boolean isSpaceOrOpener(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == '-' || c == ':'
                || c == '/' || c == '“' || c == '"';
    }

    private static boolean closes(String text, int i, Family family, int openStart) {
        char c = text.charAt(i);
        return switch (family) {
            case CURLY -> c == '”' || (c == '"' && !startsWord(text, i, 0));
            case STRAIGHT -> c == '"' || c == '”';
            case GUILLEMET -> c == '»';
            case LOW9 -> c == '“' || c == '”';
            case SINGLE_CURLY -> c == '’' && endsWord(text, i);
            case SINGLE_STRAIGHT -> c == '\'' && endsWord(text, i);
            case DOUBLED -> c == '\'' && i > 0 && text.charAt(i - 1) == '\'' && i - 1 > openStart + 1;
        };
    }

    /** A closing single mark is not between two letters (that would be an apostrophe: don’t). */
    private static boolean endsWord(String text, int i) {
        boolean after = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        return after && before;
    }
}
