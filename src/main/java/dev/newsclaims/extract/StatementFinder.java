package dev.newsclaims.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the article's own check-worthy assertions: body sentences, not already quoted or reported,
 * that carry numbers, dates, decisions or comparisons. Ranked by those signals; at most a few.
 */
final class StatementFinder {

    static final int MAX_STATEMENTS = 5;
    private static final int MIN_CHARS = 40;
    private static final int MAX_CHARS = 400;
    private static final double MIN_SCORE = 2.0;

    private static final Set<String> DECISION_WORDS = Set.of("decision", "decided", "decides", "approved",
            "approves", "agreed", "signed", "passed", "voted", "ruled", "announced", "deployed", "launched",
            "banned", "adopted", "elected", "appointed", "resigned", "sanctions", "budget", "law", "bill",
            "deal", "agreement", "treaty", "summit", "will", "plans", "increase", "increased", "cut", "rose",
            "fell", "killed", "arrested", "charged", "fined", "won", "lost");
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "yesterday", "percent", "million", "billion",
            "thousand", "hundred");
    private static final Set<String> COMPARISON_WORDS = Set.of("more", "less", "fewer", "most", "largest",
            "biggest", "highest", "lowest", "than", "record", "first", "double", "half");

    record Scored(Span span, double score) {}

    /** How check-worthy a statement is, from its score: 0.45 for one signal up to 0.9 for all of them. */
    static double confidence(double score) {
        return Math.round(Math.min(0.9, 0.25 + score / 10) * 100) / 100.0;
    }

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
                continue;
            }
            double score = score(text, s);
            if (score >= MIN_SCORE) {
                candidates.add(new Scored(s, score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed()
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

    private static double score(String text, Span s) {
        double score = 0;
        boolean digit = false;
        boolean date = false;
        boolean decision = false;
        boolean comparison = false;
        int i = s.start();
        while (i < s.end()) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.end() && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            if (Character.isDigit(ch)) {
                digit = true;
            } else if (j - i <= 12) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                date |= DATE_WORDS.contains(w);
                decision |= DECISION_WORDS.contains(w);
                comparison |= COMPARISON_WORDS.contains(w);
            }
            i = j;
        }
        if (digit) {
            score += 2;
        }
        if (date) {
            score += 1;
        }
        if (decision) {
            score += 1.5;
        }
        if (comparison) {
            score += 0.5;
        }
        return score;
    }
}
