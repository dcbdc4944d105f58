package dev.newsclaims.ingest;

import java.util.Locale;

/** "French (fr)": a language code in words a user can read. */
final class LanguageNames {

    private LanguageNames() {}

    static String describe(String code) {
        if (code == null || code.equals(LanguageDetector.UNDETERMINED)) {
            return "a language that could not be identified";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name + " (" + code + ")";
    }
}
