package dev.newsclaims.language.lemma;

import java.util.Locale;

/**
 * The dictionary form of a word given its Penn tag: the learnt exceptions first, then suffix rules for regular
 * inflection (argues → argue, denied → deny, stopped → stop, officials → official). Proper nouns stay as written,
 * other words are lower-cased. Thread-safe.
 */
public final class Lemmatizer {

    private final LemmaModel model;

    public Lemmatizer(LemmaModel model) {
        this.model = model;
    }

    public String lemma(CharSequence text, int start, int end, String tag) {
        String form = text.subSequence(start, end).toString();
        if ("NNP".equals(tag) || "NNPS".equals(tag)) {
            return form;
        }
        String lower = form.toLowerCase(Locale.ROOT).replace('’', '\'');
        String learnt = tag == null ? null : model.exception(tag, lower);
        if (learnt != null) {
            return learnt;
        }
        return byRule(lower, tag == null ? "" : tag);
    }

    /** Regular inflection only. */
    public static String byRule(String w, String tag) {
        int n = w.length();
        switch (tag) {
            case "VBZ", "NNS" -> {
                if (n > 4 && w.endsWith("ies")) {
                    return w.substring(0, n - 3) + "y";
                }
                if (n > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")
                        || w.endsWith("zzes"))) {
                    return w.substring(0, n - 2);
                }
                if (n > 2 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                    return w.substring(0, n - 1);
                }
                return w;
            }
            case "VBD", "VBN" -> {
                if (n > 4 && w.endsWith("ied")) {
                    return w.substring(0, n - 3) + "y";
                }
                if (n > 3 && w.endsWith("ed")) {
                    return stem(w.substring(0, n - 2));
                }
                return w;
            }
            case "VBG" -> {
                if (n > 4 && w.endsWith("ing")) {
                    return stem(w.substring(0, n - 3));
                }
                return w;
            }
            case "JJR", "RBR" -> {
                if (n > 4 && w.endsWith("ier")) {
                    return w.substring(0, n - 3) + "y";
                }
                if (n > 4 && w.endsWith("er")) {
                    return undouble(w.substring(0, n - 2));
                }
                return w;
            }
            case "JJS", "RBS" -> {
                if (n > 5 && w.endsWith("iest")) {
                    return w.substring(0, n - 4) + "y";
                }
                if (n > 5 && w.endsWith("est")) {
                    return undouble(w.substring(0, n - 3));
                }
                return w;
            }
            default -> {
                return w;
            }
        }
    }

    /** The base of a verb stem left by removing -ed or -ing: undoubles (stopp → stop), restores an e (argu → argue). */
    private static String stem(String s) {
        String u = undouble(s);
        if (!u.equals(s)) {
            return u;
        }
        if (s.endsWith("u") || s.endsWith("v") || s.endsWith("at") || s.endsWith("iz") || s.endsWith("ys")
                || s.endsWith("dg") || s.endsWith("bl") || s.endsWith("rc") || s.endsWith("nc") || s.endsWith("rg")
                || s.endsWith("ak") || s.endsWith("ok") || s.endsWith("ir") && s.length() > 3 || s.endsWith("ur")
                || s.endsWith("ul") && s.length() < 4 || s.endsWith("os") || s.endsWith("as") || s.endsWith("id")
                || s.endsWith("ud")) {
            return s + "e";
        }
        return s;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n > 2 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
