package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final Set<String> DECISION_WORDS = WordTables.setOf("decision", "decided", "decides", "approved",
            "approves", "agreed", "signed", "passed", "voted", "ruled", "announced", "deployed", "launched",
            "banned", "adopted", "elected", "appointed", "resigned", "sanctions", "budget", "law", "bill",
            "deal", "agreement", "treaty", "summit", "will", "plans", "increase", "increased", "cut", "rose",
            "fell", "killed", "arrested", "charged", "fined", "won", "lost");
    private static final Set<String> DATE_WORDS = WordTables.setOf("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "yesterday", "percent", "million", "billion",
            "thousand", "hundred");
    private static final Set<String> COMPARISON_WORDS = WordTables.setOf("more", "less", "fewer", "most", "largest",
            "biggest", "highest", "lowest", "than", "record", "first", "double", "half");

    private static final int DATE = 1;
    private static final int DECISION = 2;
    private static final int COMPARISON = 4;
    /** Word → its signals, so scoring costs one look-up per word. */
    private static final Map<String, Integer> SIGNALS = new HashMap<>();

    static {
        DATE_WORDS.forEach(w -> SIGNALS.merge(w, DATE, (a, b) -> a | b));
        DECISION_WORDS.forEach(w -> SIGNALS.merge(w, DECISION, (a, b) -> a | b));
        COMPARISON_WORDS.forEach(w -> SIGNALS.merge(w, COMPARISON, (a, b) -> a | b));
    }

    record Scored(Span span, double score) {}

    /** How check-worthy a statement is, from its score: 0.45 for one signal up to 0.9 for all of them. */
    static double confidence(double score) {
        return Math.round(Math.min(0.9, 0.25 + score / 10) * 100) / 100.0;
    }

    /**
     * The best statements among {@code sentences}, given the article's unit tokens (already lower-cased, so
     * scoring allocates nothing per word) and the sorted, merged spans already claimed.
     */
    List<Scored> find(String text, List<Span> sentences, int bodyStart, List<Span> claimed, List<List<Tok>> units) {
        double[] scores = score(sentences, units);
        List<Scored> candidates = new ArrayList<>();
        int c = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
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
            if (scores[i] >= MIN_SCORE) {
                candidates.add(new Scored(s, scores[i]));
            }
        }
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(x -> x.span().start()));
        List<Scored> out = new ArrayList<>(candidates.subList(0, Math.min(MAX_STATEMENTS, candidates.size())));
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    /** Each sentence's score from the words of the narrator (quoted words do not count). One pass. */
    private static double[] score(List<Span> sentences, List<List<Tok>> units) {
        int n = sentences.size();
        boolean[] digit = new boolean[n];
        boolean[] date = new boolean[n];
        boolean[] decision = new boolean[n];
        boolean[] comparison = new boolean[n];
        boolean[] reported = new boolean[n];
        int si = 0;
        for (int u = 0; u < units.size(); u++) {
            List<Tok> unit = units.get(u);
            for (int k = 0; k < unit.size(); k++) {
                Tok t = unit.get(k);
                while (si < n && sentences.get(si).end() <= t.start()) {
                    si++;
                }
                if (si >= n) {
                    break;
                }
                if (!t.isWord() || t.start() < sentences.get(si).start()) {
                    continue;
                }
                String w = t.lower();
                if (Character.isDigit(w.charAt(0))) {
                    digit[si] = true;
                } else if (isSpeechVerb(w) || w.equals("according")) {
                    reported[si] = true; // someone else's claim, even if no attribution was built for it
                } else {
                    int signals = SIGNALS.getOrDefault(w, 0);
                    if (signals != 0) {
                        date[si] |= (signals & DATE) != 0;
                        decision[si] |= (signals & DECISION) != 0;
                        comparison[si] |= (signals & COMPARISON) != 0;
                    }
                }
            }
        }
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = reported[i] ? 0
                    : (digit[i] ? 2 : 0) + (date[i] ? 1 : 0) + (decision[i] ? 1.5 : 0) + (comparison[i] ? 0.5 : 0);
        }
        return scores;
    }

    private static boolean isSpeechVerb(String w) {
        return Lexicon.SPEECH_VERB_FORMS.contains(w);
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
