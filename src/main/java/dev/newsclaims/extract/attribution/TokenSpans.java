package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.speakers.SourceMention;
import dev.newsclaims.extract.text.Tok;
import java.util.List;

/** Small measurements over a unit's tokens shared by the claim stages: trimming, sizes, spans and kinds. */
final class TokenSpans {

    private TokenSpans() {}

    static int skipPunct(List<Tok> toks, int i) {
        while (i < toks.size() && toks.get(i).type() == Tok.Type.PUNCT
                && (toks.get(i).isClauseBreak() || toks.get(i).isPunct(':'))) {
            i++;
        }
        return i;
    }

    /** Index of the last token at or before {@code i} that is not a clause break. */
    static int trimBack(List<Tok> toks, int i) {
        while (i >= 0 && toks.get(i).type() == Tok.Type.PUNCT && toks.get(i).isClauseBreak()) {
            i--;
        }
        return i;
    }

    /** Words in {@code toks[from..to]}, a quote counting as three. */
    static int substance(List<Tok> toks, int from, int to) {
        int count = 0;
        for (int k = Math.max(0, from); k <= to && k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.isWord()) {
                count++;
            } else if (t.isQuote()) {
                count += 3;
            }
            if (count >= 8) {
                break;
            }
        }
        return count;
    }

    static int firstTokenOf(List<Tok> toks, SourceMention source, int cue) {
        for (int k = cue; k >= 0 && cue - k <= 40; k--) {
            if (toks.get(k).start() == source.start()) {
                return k;
            }
        }
        return 0;
    }

    static int lastTokenOf(List<Tok> toks, SourceMention source, int from) {
        for (int k = Math.max(0, from); k < toks.size() && k - from <= 40; k++) {
            if (toks.get(k).end() == source.end()) {
                return k;
            }
        }
        return from;
    }

    /** Content ends at its last token, without a sentence's final period (PolNeAR spans leave it out). */
    static int contentEnd(String text, List<Tok> toks, int last) {
        while (last >= 0 && toks.get(last).type() == Tok.Type.PUNCT) {
            char c = toks.get(last).text().charAt(0);
            if (c == '?' || c == '!' || c == ')' || c == ']') {
                break;
            }
            last--;
        }
        return last >= 0 ? toks.get(last).end() : 0;
    }

    /** direct: only quotes (and the attribution that interrupts them); mixed: quotes and reported words. */
    static String kindOf(List<Tok> toks, int first, int last, int[] interruption) {
        int quotes = 0;
        int words = 0;
        for (int k = first; k <= last && k < toks.size(); k++) {
            if (interruption != null && k >= interruption[0] && k <= interruption[1]) {
                continue;
            }
            Tok t = toks.get(k);
            if (t.isQuote()) {
                quotes++;
            } else if (t.isWord()) {
                words++;
            }
        }
        if (quotes == 0) {
            return "indirect";
        }
        return words == 0 ? "direct" : "mixed";
    }

    static int countWords(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
