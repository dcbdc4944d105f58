package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.Tok;
import java.util.List;
import java.util.function.Predicate;

/**
 * The words the article writes in lower case (never counting a unit's first word, which is capitalised anyway).
 * Coreference asks only about names that open a sentence, which most articles have few of (three on average), so
 * the first few questions are answered by scanning the article's tokens, which allocates nothing; an article that
 * asks more gets a table of the words (an open-addressed table of their strings), so the work stays linear.
 */
final class CommonWords implements Predicate<String> {

    /** Questions answered by a scan before the table is built. */
    private static final int MAX_SCANS = 8;

    private final List<List<Tok>> unitTokens;
    private String[] slots;
    private int scans;

    CommonWords(List<List<Tok>> unitTokens) {
        this.unitTokens = unitTokens;
    }

    @Override
    public boolean test(String word) {
        if (slots == null) {
            if (++scans <= MAX_SCANS) {
                return scan(word);
            }
            build();
        }
        int mask = slots.length - 1;
        for (int slot = spread(word.hashCode()) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            if (slots[slot].equals(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean scan(String word) {
        for (int u = 0; u < unitTokens.size(); u++) {
            List<Tok> toks = unitTokens.get(u);
            for (int k = 1; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (t.lower().equals(word) && isCommon(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void build() {
        int candidates = 0;
        for (List<Tok> toks : unitTokens) {
            for (int k = 1; k < toks.size(); k++) {
                candidates += isCommon(toks.get(k)) ? 1 : 0;
            }
        }
        slots = new String[Integer.highestOneBit(Math.max(8, candidates) * 2 - 1) * 2]; // at most half full
        int mask = slots.length - 1;
        for (List<Tok> toks : unitTokens) {
            for (int k = 1; k < toks.size(); k++) {
                Tok t = toks.get(k);
                if (isCommon(t)) {
                    int slot = spread(t.lower().hashCode()) & mask;
                    while (slots[slot] != null && !slots[slot].equals(t.lower())) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = t.lower();
                }
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private static boolean isCommon(Tok t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && t.text().equals(t.lower());
    }
}
