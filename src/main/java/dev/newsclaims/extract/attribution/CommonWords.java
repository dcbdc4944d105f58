package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.Tok;
import java.util.List;
import java.util.function.Predicate;

/**
 * The words the article writes in lower case (never counting a unit's first word, which is capitalised anyway).
 * Coreference asks only about names that open a sentence, which most articles have few of, so the set is built on
 * the first question rather than for every article; it is an open-addressed table of the words' strings, a fraction
 * of a hash set's size.
 */
final class CommonWords implements Predicate<String> {

    private final List<List<Tok>> unitTokens;
    private String[] slots;

    CommonWords(List<List<Tok>> unitTokens) {
        this.unitTokens = unitTokens;
    }

    @Override
    public boolean test(String word) {
        if (slots == null) {
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
