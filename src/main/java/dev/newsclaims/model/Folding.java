package dev.newsclaims.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How words are compared wherever names or quotations are matched (the speaker index, quotation groups, who a
 * quotation credits): without case, accents or extra spaces. Decomposition (NFKD) and dropping the combining
 * marks handles most accented letters (é, ü, å, ą, ś, ż…); the letters that do not decompose are spelt out as an
 * English newsroom writes them: ø → o, æ → ae, œ → oe, ß → ss, ł → l, đ/ð → d, þ → th, ı → i, ħ → h.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {}

    /** Lower case, marks dropped, the letters above spelt out, runs of spaces made one, trimmed. */
    public static String fold(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = decomposed.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                case '\u00f8' -> out.append('o');
                case '\u00e6' -> out.append("ae");
                case '\u0153' -> out.append("oe");
                case '\u00df' -> out.append("ss");
                case '\u0142' -> out.append('l');
                case '\u0111', '\u00f0' -> out.append('d');
                case '\u00fe' -> out.append("th");
                case '\u0131' -> out.append('i');
                case '\u0127' -> out.append('h');
                default -> out.append(c);
            }
        }
        return SPACES.matcher(out.toString().trim()).replaceAll(" ");
    }
}
