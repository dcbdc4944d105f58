package dev.newsclaims.extract.entities;

import static dev.newsclaims.extract.entities.WordChars.isLetter;
import static dev.newsclaims.extract.entities.WordChars.isUpper;
import static dev.newsclaims.extract.entities.WordChars.isWordChar;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.extract.text.WordForms;

/**
 * The capitalised sentence-opening words that the body also writes in lower case ("Reinforcement" when
 * "reinforcement" appears): such an opener is an ordinary word, not a name.
 */
final class LowerCaseOpeners {

    private LowerCaseOpeners() {
    }

    /**
     * The openers of the body's sentences written in lower case elsewhere in the body, in lower case. Only words of
     * an opener's first letter and length are looked up, and an opener met again is recognised in place, so the
     * passes over the text allocate little; the lower-case openers come from {@code forms}.
     */
    static RegionSet find(TextDocument doc, int bodyStart, WordForms forms) {
        RegionSet openers = new RegionSet(doc.sentences().size());
        int[] lengthsByFirstLetter = new int[26]; // bit n of [c - 'a']: an opener of n letters starts with c
        collectOpeners(doc, bodyStart, forms, openers, lengthsByFirstLetter);
        RegionSet out = new RegionSet(doc.sentences().size());
        if (openers.isEmpty()) {
            return out;
        }
        collectLowerCase(doc.text(), bodyStart, openers, lengthsByFirstLetter, out);
        return out;
    }

    /**
     * The capitalised openers of the body's sentences, in lower case, and for each first letter the lengths they
     * have. One pass per sentence, in a method of its own: the loop over the whole text below compiles apart.
     */
    private static void collectOpeners(TextDocument doc, int bodyStart, WordForms forms, RegionSet openers,
            int[] lengthsByFirstLetter) {
        String text = doc.text();
        for (Span sentence : doc.sentences()) {
            int i = Math.max(sentence.start(), bodyStart);
            while (i < sentence.end() && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= sentence.end() || !isUpper(text.charAt(i))) {
                continue;
            }
            int j = i;
            while (j < sentence.end() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (openers.findLowerCase(text, i, j) != null) {
                continue; // met before
            }
            String lower = forms.lower(text, i, j);
            char first = lower.charAt(0);
            if (lower.length() < 32 && first >= 'a' && first <= 'z') {
                openers.add(lower);
                lengthsByFirstLetter[first - 'a'] |= 1 << lower.length();
            }
        }
    }

    /** Adds to {@code out} each opener that the text from {@code bodyStart} on writes in lower case. */
    private static void collectLowerCase(String text, int bodyStart, RegionSet openers, int[] lengthsByFirstLetter,
            RegionSet out) {
        int n = text.length();
        int i = bodyStart;
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
                int j = i + 1;
                while (j < n && isLetter(text.charAt(j))) {
                    j++;
                }
                if (j - i < 32 && (lengthsByFirstLetter[c - 'a'] & 1 << (j - i)) != 0) {
                    String opener = openers.find(text, i, j);
                    if (opener != null) {
                        out.add(opener);
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
    }
}
