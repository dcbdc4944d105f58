package dev.newsclaims.extract.checkworthiness;

import dev.newsclaims.language.perceptron.FeatureHash;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The features of one sentence, as hashed keys for a {@link dev.newsclaims.language.perceptron.PerceptronModel}.
 * Read from the characters alone (no tagger), so a sentence scores the same in training, in an article and inside a
 * quotation. Templates, each readable on its own:
 * <ul>
 * <li>{@code w=}: a word in lower case (numbers by their shape: {@code 0}, {@code 0.0}, {@code 0,000}, a year
 * {@code 19xx}/{@code 20xx}); {@code b=}: two words in a row; {@code first=}, {@code first2=}: how it opens;</li>
 * <li>{@code suf=}: the last three letters of a longer word (-ed, -est, -ion stand in for tense, superlatives,
 * nouns of action);</li>
 * <li>{@code class=}: word classes: numbers, percentages, money, dates and years, comparatives and superlatives,
 * first and second person, modals and future, hedges and opinion words, capitalised names inside the sentence;</li>
 * <li>{@code len=}: the length in words, in bands; {@code end=}: a question or an exclamation.</li>
 * </ul>
 */
public final class CheckworthinessFeatures {

    /** At most this many words of a sentence are read: a sentence longer than that is rare and says no more. */
    static final int MAX_WORDS = 80;

    private static final long WORD = FeatureHash.template(1);
    private static final long BIGRAM = FeatureHash.template(2);
    private static final long FIRST = FeatureHash.template(3);
    private static final long FIRST_TWO = FeatureHash.template(4);
    private static final long SUFFIX = FeatureHash.template(5);
    private static final long CLASS = FeatureHash.template(6);
    private static final long LENGTH = FeatureHash.template(7);
    private static final long END = FeatureHash.template(8);
    private static final long BIAS = FeatureHash.template(9);
    private static final long BOUNDARY = FeatureHash.of("<s>");

    static final int MAX_FEATURES = 6 * MAX_WORDS + 100;

    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our",
            "ours", "ourselves", "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "you're", "you've",
            "you'll", "you'd");
    private static final Set<String> MODALS = Set.of("will", "would", "should", "could", "can", "may", "might", "must",
            "shall", "gonna", "ought", "won't", "wouldn't", "shouldn't", "can't", "cannot", "'ll");
    private static final Set<String> HEDGES = Set.of("think", "believe", "feel", "hope", "guess", "maybe", "perhaps",
            "probably", "possibly", "seems", "seem", "suppose", "wish", "want", "going", "let's", "let");
    private static final Set<String> OPINION = Set.of("good", "bad", "great", "best", "worst", "wrong", "right",
            "terrible", "wonderful", "important", "strong", "weak", "better", "worse", "fair", "unfair", "disaster",
            "failed", "failure", "success", "successful", "dangerous", "ridiculous", "need", "needs", "proud");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "yesterday", "decade", "decades", "year", "years", "ago", "since", "last");
    private static final Set<String> MONEY = Set.of("dollars", "dollar", "million", "billion", "trillion", "tax",
            "taxes", "budget", "deficit", "debt", "spending", "cost", "costs", "paid", "pay");
    private static final Set<String> PERCENT = Set.of("percent", "per", "cent", "rate", "half", "third", "quarter",
            "twice", "double", "doubled", "tripled");
    private static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "most", "least", "than", "record",
            "highest", "lowest", "largest", "biggest", "first", "only", "increase", "increased", "decline", "declined",
            "rose", "fell", "cut", "grew", "lost");

    /** The word classes; a sentence's classes also make pairs ({@code pair=first-person+number}). */
    private static final String[] CLASS_NAMES = {"number", "percent", "money", "year", "name", "comparison",
        "first-person", "second-person", "modal", "hedge", "opinion", "date"};
    private static final int NUMBER = 0, PERCENTAGE = 1, AMOUNT = 2, YEAR = 3, NAME = 4, COMPARISON = 5;
    private static final long[] CLASS_KEYS = new long[CLASS_NAMES.length];
    private static final long[][] PAIR_KEYS = new long[CLASS_NAMES.length][CLASS_NAMES.length];

    /** Word → its class; a word is in one class (the first that lists it, in the order below). */
    private static final Map<String, Integer> WORD_CLASSES = new HashMap<>();

    /**
     * The same, by the words' hashes, sorted, with each word's class at the same index: a word is looked up by the
     * hash its feature needs anyway, so reading a sentence makes no String per word.
     */
    private static final long[] CLASS_WORD_HASHES;
    private static final int[] CLASS_OF_WORD;
    private static final long YEAR_1900S = FeatureHash.of("19xx");
    private static final long YEAR_2000S = FeatureHash.of("20xx");

    static {
        long pair = FeatureHash.template(10);
        for (int c = 0; c < CLASS_NAMES.length; c++) {
            CLASS_KEYS[c] = FeatureHash.combine(CLASS, FeatureHash.of(CLASS_NAMES[c]));
            for (int d = c + 1; d < CLASS_NAMES.length; d++) {
                PAIR_KEYS[c][d] = FeatureHash.combine(pair, FeatureHash.of(CLASS_NAMES[c]), FeatureHash.of(CLASS_NAMES[d]));
            }
        }
        Object[][] classes = {{"first-person", FIRST_PERSON}, {"second-person", SECOND_PERSON}, {"modal", MODALS},
            {"hedge", HEDGES}, {"opinion", OPINION}, {"date", MONTHS}, {"money", MONEY}, {"percent", PERCENT},
            {"comparison", COMPARATIVES}};
        for (Object[] c : classes) {
            int index = java.util.Arrays.asList(CLASS_NAMES).indexOf((String) c[0]);
            for (Object w : (Set<?>) c[1]) {
                WORD_CLASSES.putIfAbsent((String) w, index);
            }
        }
        long[] hashes = new long[WORD_CLASSES.size()];
        int k = 0;
        for (String w : WORD_CLASSES.keySet()) {
            hashes[k++] = FeatureHash.of(w);
        }
        java.util.Arrays.sort(hashes);
        CLASS_WORD_HASHES = hashes;
        CLASS_OF_WORD = new int[hashes.length];
        for (Map.Entry<String, Integer> e : WORD_CLASSES.entrySet()) {
            CLASS_OF_WORD[java.util.Arrays.binarySearch(hashes, FeatureHash.of(e.getKey()))] = e.getValue();
        }
    }

    private int present;
    /** What the words of the sentence being read held so far: digits, a year, a capitalised word after the first. */
    private boolean number;
    private boolean year;
    private boolean names;

    private final long[] words = new long[MAX_WORDS];
    private final int[] features = new int[MAX_FEATURES];
    private final StringBuilder lower = new StringBuilder(24);
    private int count;

    /**
     * The features of {@code text[from, to)}; valid until the next call. Returns their number. The loop over the
     * characters only finds the words; each word is read by methods of their own, which compile small and alone.
     */
    public int extract(CharSequence text, int from, int to) {
        count = 0;
        present = 0;
        number = false;
        year = false;
        names = false;
        add(BIAS);
        int n = 0;
        boolean percent = false;
        boolean money = false;
        char last = 0;
        int i = from;
        while (i < to && n < MAX_WORDS) {
            char c = text.charAt(i);
            if (c == '%') {
                percent = true;
            } else if (c == '$' || c == '£' || c == '€') {
                money = true;
            }
            if (!Character.isLetterOrDigit(c)) {
                if (!Character.isWhitespace(c)) {
                    last = c;
                }
                i++;
                continue;
            }
            last = c;
            int start = i;
            i = wordEnd(text, start, to);
            addWord(text, start, i, n);
            n++;
        }
        if (number) {
            addClass(NUMBER);
        }
        if (percent) {
            addClass(PERCENTAGE);
        }
        if (money) {
            addClass(AMOUNT);
        }
        if (year) {
            addClass(YEAR);
        }
        if (names) {
            addClass(NAME);
        }
        if (n > 0) {
            add(FeatureHash.combine(BIGRAM, words[n - 1], BOUNDARY));
        }
        addPairs();
        add(FeatureHash.combine(LENGTH, n < 5 ? 0 : n < 9 ? 1 : n < 15 ? 2 : n < 25 ? 3 : n < 40 ? 4 : 5));
        if (last == '?' || last == '!') {
            add(FeatureHash.combine(END, last));
        }
        return count;
    }

    /**
     * The end of the word that starts at {@code start}: letters and digits, joined by an apostrophe or a hyphen
     * before a letter or digit, and, once it holds a digit, by a period or a comma before a digit ("3.5", "100,000").
     */
    private static int wordEnd(CharSequence text, int start, int to) {
        int i = start;
        boolean digits = false;
        while (i < to) {
            char d = text.charAt(i);
            if (Character.isLetterOrDigit(d)) {
                digits |= Character.isDigit(d);
                i++;
            } else if ((d == '\'' || d == '’' || d == '.' || d == ',' || d == '-') && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (d == '\'' || d == '’' || d == '-' || Character.isDigit(text.charAt(i + 1)) && digits)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean hasDigit(CharSequence text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The features of the {@code n}th word, {@code text[start, end)}. */
    private void addWord(CharSequence text, int start, int end, int n) {
        boolean digits = hasDigit(text, start, end);
        StringBuilder w = lowerForm(text, start, end, digits);
        long h;
        if (digits) {
            number = true;
            if (end - start == 4 && (text.charAt(start) == '1' && text.charAt(start + 1) == '9'
                    || text.charAt(start) == '2' && text.charAt(start + 1) == '0')) {
                year = true;
                h = text.charAt(start) == '1' ? YEAR_1900S : YEAR_2000S;
            } else {
                h = FeatureHash.of(w);
            }
        } else {
            if (n > 0 && Character.isUpperCase(text.charAt(start)) && !(w.length() == 1 && w.charAt(0) == 'i')) {
                names = true;
            }
            h = FeatureHash.of(w);
        }
        words[n] = h;
        add(FeatureHash.combine(WORD, h));
        add(FeatureHash.combine(BIGRAM, n == 0 ? BOUNDARY : words[n - 1], h));
        if (n == 0) {
            add(FeatureHash.combine(FIRST, h));
        } else if (n == 1) {
            add(FeatureHash.combine(FIRST_TWO, words[0], h));
        }
        if (!digits && w.length() >= 6) {
            add(FeatureHash.combine(SUFFIX, FeatureHash.of(w, w.length() - 3, w.length())));
        }
        wordClass(w, h);
    }

    /** The word in lower case, ’ as ', and in a word with digits each digit as 0; the builder is reused. */
    private StringBuilder lowerForm(CharSequence text, int start, int end, boolean digits) {
        StringBuilder b = lower;
        b.setLength(0);
        for (int k = start; k < end; k++) {
            char d = text.charAt(k);
            b.append(d == '’' ? '\'' : digits && Character.isDigit(d) ? '0' : Character.toLowerCase(d));
        }
        return b;
    }

    /** The keys found by the last {@link #extract}; the array is reused. */
    public int[] features() {
        return features;
    }

    /** The class of the word {@code w} (its hash {@code h}), if any: a listed word, or a superlative in -est. */
    private void wordClass(CharSequence w, long h) {
        int at = java.util.Arrays.binarySearch(CLASS_WORD_HASHES, h);
        if (at >= 0) {
            addClass(CLASS_OF_WORD[at]);
        } else if (w.length() > 5 && endsWithEst(w)) {
            addClass(COMPARISON);
        }
    }

    private static boolean endsWithEst(CharSequence w) {
        int n = w.length();
        return w.charAt(n - 3) == 'e' && w.charAt(n - 2) == 's' && w.charAt(n - 1) == 't';
    }

    private void addClass(int c) {
        present |= 1 << c;
        add(CLASS_KEYS[c]);
    }

    /** Each pair of classes the sentence holds: a number means something else beside "I" than beside a year. */
    private void addPairs() {
        for (int c = 0; c < CLASS_NAMES.length; c++) {
            if ((present & 1 << c) == 0) {
                continue;
            }
            for (int d = c + 1; d < CLASS_NAMES.length; d++) {
                if ((present & 1 << d) != 0) {
                    add(PAIR_KEYS[c][d]);
                }
            }
        }
    }

    private void add(long hash) {
        if (count < features.length) {
            features[count++] = FeatureHash.key(hash);
        }
    }
}
