package dev.newsclaims.quotes;

import dev.newsclaims.model.Claim;
import dev.newsclaims.model.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of a quotation as they are compared across articles: without case or accents, quotation marks
 * and apostrophes of any style, punctuation, spacing, ellipses and bracketed insertions ("[the plan]").
 * “We’re not leaving…” and "WE'RE not leaving" are the same words: {@code were not leaving}.
 */
public final class QuoteWords {

    /** A claim's quotation takes part in grouping from this many words on. */
    public static final int MIN_WORDS = 6;
    /** Words compared at most: a quotation longer than this is compared by its beginning. */
    static final int MAX_WORDS = 400;

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,200}\\]");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4\u2032]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QuoteWords() {}

    /** The normalised words of any text, at most {@value #MAX_WORDS}. */
    public static List<String> of(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String cleaned = BRACKETED.matcher(text).replaceAll(" ");
        cleaned = APOSTROPHES.matcher(Folding.fold(cleaned)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String w : NOT_WORD.split(cleaned)) {
            if (!w.isEmpty()) {
                words.add(w);
                if (words.size() == MAX_WORDS) {
                    break;
                }
            }
        }
        return words;
    }

    /**
     * The quoted words of a claim: for a direct claim the words inside its quotation marks (the whole text
     * when it has none, as in an interview's answer), for a mixed claim the words inside its quotation marks
     * joined; null for other kinds or a mixed claim without marks. Marks are any double-quote style; an
     * unclosed quotation runs to the end of the claim.
     */
    public static String quotation(Claim claim) {
        return claim == null ? null : quotation(claim.text(), claim.kind());
    }

    /** As {@link #quotation(Claim)}, from a claim's text and kind. */
    public static String quotation(String text, String kind) {
        if (text == null) {
            return null;
        }
        boolean direct = "direct".equals(kind);
        if (!direct && !"mixed".equals(kind)) {
            return null;
        }
        StringBuilder quoted = new StringBuilder();
        boolean inside = false;
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isQuoteMark(c)) {
                marks++;
                inside = !inside;
                quoted.append(' ');
            } else if (inside) {
                quoted.append(c);
            }
        }
        if (marks == 0) {
            return direct ? text : null;
        }
        String words = quoted.toString().strip();
        return words.isEmpty() ? null : words;
    }

    /** The normalised words of a claim's quotation; empty when it has none or fewer than {@value #MIN_WORDS}. */
    public static List<String> ofClaim(Claim claim) {
        List<String> words = of(quotation(claim));
        return words.size() < MIN_WORDS ? List.of() : words;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u201f' || c == '\u00ab'
                || c == '\u00bb' || c == '\u301d' || c == '\u301e' || c == '\uff02';
    }
}
