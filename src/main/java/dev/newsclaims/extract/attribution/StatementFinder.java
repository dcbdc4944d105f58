package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.checkworthiness.CheckworthinessModel;
import dev.newsclaims.extract.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the article's own check-worthy assertions: body sentences, not already quoted or reported, that the
 * check-worthiness model scores at least {@link #THRESHOLD}; the best {@link #MAX_STATEMENTS} by score, in
 * article order.
 */
final class StatementFinder {

    static final int MAX_STATEMENTS = 5;
    /**
     * The probability from which a sentence is a statement. The model is calibrated for a set half check-worthy;
     * on the benchmark's dev sentences 0.5 gives F1 0.827 (precision 0.868), within 0.001 of the best threshold there.
     */
    static final double THRESHOLD = 0.5;
    /** Shorter than this is a fragment, a label or a line of furniture, whatever its words. */
    private static final int MIN_CHARS = 20;
    /** Longer than this is several sentences the splitter could not part (a list, a table row). */
    private static final int MAX_CHARS = 400;

    private final CheckworthinessModel model;

    StatementFinder(CheckworthinessModel model) {
        this.model = model;
    }

    record Scored(Span span, double probability) {}

    /**
     * The best statements among {@code sentences}, given the sorted, merged spans already claimed or known to be no
     * assertion (page furniture, interview questions).
     */
    List<Scored> find(String text, List<Span> sentences, int bodyStart, List<Span> claimed) {
        List<Scored> candidates = new ArrayList<>();
        int c = 0;
        for (Span s : sentences) {
            if (s.start() < bodyStart || s.length() < MIN_CHARS || s.length() > MAX_CHARS) {
                continue;
            }
            while (c < claimed.size() && claimed.get(c).end() <= s.start()) {
                c++;
            }
            if (c < claimed.size() && claimed.get(c).start() < s.end()) {
                continue; // already a quote or reported claim
            }
            if (looksLikeDateline(text, s)) {
                continue;
            }
            char lastChar = text.charAt(s.end() - 1);
            if (lastChar == '?' || lastChar == ':') {
                continue; // a question asserts nothing; a colon introduces what follows
            }
            double p = model.probability(text, s.start(), s.end());
            if (p >= THRESHOLD) {
                candidates.add(new Scored(s, p));
            }
        }
        candidates.sort(Comparator.comparingDouble(Scored::probability).reversed()
                .thenComparingInt(x -> x.span().start()));
        List<Scored> out = new ArrayList<>(candidates.subList(0, Math.min(MAX_STATEMENTS, candidates.size())));
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    /** "BRUSSELS, 8 Dec – RIA Novosti, …": an all-capitals place, then a comma, bracket or dash. */
    static boolean looksLikeDateline(String text, Span s) {
        int i = s.start();
        int letters = 0;
        while (i < s.end() && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == ' ' || text.charAt(i) == '.')) {
            letters += Character.isUpperCase(text.charAt(i)) ? 1 : 0;
            i++;
        }
        if (letters < 3 || i >= s.end()) {
            return false;
        }
        char c = text.charAt(i);
        return c == ',' || c == '(' || c == '–' || c == '—' || c == '-';
    }

}
