package dev.newsclaims.extract.article;

import dev.newsclaims.extract.entities.EntityLexicon;
import dev.newsclaims.extract.text.PerThreadMatcher;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.model.Dateline;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline at the start of the first body paragraph and byline paragraphs:
 * {@code BRUSSELS, 8 Dec – RIA Novosti, Alexander Shishlo.}, {@code WASHINGTON (Reuters) -},
 * {@code NEW YORK, March 3 (AP) —}, {@code LONDON —}, {@code (Reuters) -}, {@code By JANE SMITH, Associated Press}.
 * A dateline needs an all-capitals place or a parenthesised agency (or a title-case place with a date or agency),
 * so an ordinary first sentence is never taken for one. Patterns run on a bounded window of the paragraph
 * and have no nested quantifiers, so time stays constant per article.
 */
final class DatelineParser {

    /** What was recognised: the dateline parts and the offset just after it (where the news text begins). */
    record Match(Dateline dateline, Span span, int end) {}

    private static final int WINDOW = 240;
    private static final Set<String> AGENCIES = WordTables.readLowerCase(DatelineParser.class, "dateline-agencies.txt");

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String WEEKDAY = "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?";
    private static final String DATE = "(?:(?:" + WEEKDAY + ",?\\s)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s" + MONTH + "\\.?"
            + "|" + MONTH + "\\.?\\s\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s\\d{4})?|\\d{4}-\\d{2}-\\d{2}|" + WEEKDAY + ")";
    /** All-capitals words of two or more characters: "NEW YORK", "ST. LOUIS", "WINSTON-SALEM". */
    private static final String CAPS_PLACE = "[A-Z][A-Z'’.\\-]*[A-Z.](?:\\s[A-Z][A-Z'’.\\-]*[A-Z.]){0,3}";
    private static final String TITLE_PLACE = "[A-Z][a-z]+(?:[\\s\\-][A-Z][a-z]+){0,2}";
    /** A state or country after the city ("N.Y.", "Mich.", "Puerto Rico"); never a month or weekday. */
    private static final String REGION = "(?!(?:" + MONTH + "|" + WEEKDAY + ")\\b)[A-Z][A-Za-z.]*(?:\\s[A-Z][A-Za-z.]*){0,2}";
    private static final String DASH = "(?:-{1,2}|[–—―]|:)";
    private static final String AGENCY = "\\((?<agency>[A-Za-z][A-Za-z.&\\- ]{0,38})\\)";

    private static final PerThreadMatcher CAPS_DATELINE = new PerThreadMatcher(Pattern.compile("(?<place>" + CAPS_PLACE + ")(?:,\\s(?<region>" + REGION
            + "))?(?:,\\s(?<date>" + DATE + "))?\\s?(?:" + AGENCY + ")?\\s*(?<dash>" + DASH + ")\\s*"));
    private static final PerThreadMatcher TITLE_DATELINE = new PerThreadMatcher(Pattern.compile("(?<place>" + TITLE_PLACE + ")(?:,\\s(?<region>" + REGION
            + "))?(?:,\\s(?<date>" + DATE + "))?\\s?(?:" + AGENCY + ")?\\s*(?<dash>-{1,2}|[–—―])\\s*"));
    private static final PerThreadMatcher AGENCY_ONLY = new PerThreadMatcher(Pattern.compile(AGENCY + "\\s*(?<dash>-{1,2}|[–—―])\\s*"));
    private static final PerThreadMatcher BYLINE = new PerThreadMatcher(Pattern.compile("By[ \\t]+(?<names>[A-Z][\\p{L}'’.\\-]*(?:[ \\t](?:[A-Z][\\p{L}'’.\\-]*|and|&|de|van|von|der|da|al|bin)){0,8})"
            + "(?:(?:[ \\t]*[,|/–—-][ \\t]*|[ \\t]*\\r?\\n[ \\t]*)(?<rest>[^\\r\\n]{0,80}))?"));

    private DatelineParser() {}

    /** The dateline at the start of {@code paragraph}, or null. */
    static Match parsePrefix(String text, Span paragraph) {
        int start = paragraph.start();
        int windowEnd = Math.min(paragraph.end(), start + WINDOW);
        // the patterns read the window in place (it is asked of every paragraph); it is cut out for a dateline found
        Matcher m = CAPS_DATELINE.over(text, start, windowEnd);
        boolean found = m.lookingAt() && acceptCapsPlace(m);
        if (!found) {
            m = TITLE_DATELINE.over(text, start, windowEnd);
            found = m.lookingAt() && (m.group("date") != null || isAgency(m.group("agency")));
        }
        String place = null;
        if (found) {
            place = titleCase(m.group("place"));
        } else {
            m = AGENCY_ONLY.over(text, start, windowEnd);
            if (!(m.lookingAt() && isAgency(m.group("agency")))) {
                return null;
            }
        }
        String date = place == null ? null : m.group("date");
        String agency = m.group("agency");
        String author = null;
        int end = m.end() - start;
        String window = text.substring(start, windowEnd);
        Credit credit = creditAfterDash(window, end);
        if (credit != null) {
            agency = agency == null ? credit.agency : agency;
            author = credit.author;
            end = credit.end;
        }
        int trimmedEnd = end;
        while (trimmedEnd > 0 && Character.isWhitespace(window.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        return new Match(new Dateline(place, date, agency == null ? null : agency.strip(), author),
                new Span(start, start + trimmedEnd), start + end);
    }

    /** A byline paragraph ("By Jane Smith, Associated Press", "By JANE SMITH"), or null. */
    static Dateline parseByline(String text, Span paragraph) {
        if (paragraph.length() > 120) {
            return null;
        }
        Matcher m = BYLINE.over(text, paragraph.start(), paragraph.end());
        if (!m.matches()) {
            return null;
        }
        String names = m.group("names").strip();
        if (names.endsWith(".") && !names.matches(".*\\b[A-Z]\\.")) {
            names = names.substring(0, names.length() - 1);
        }
        // "By Monday, the company..." is a sentence: a byline names a person (two or more words, or capitals).
        int words = names.split("\\s+").length;
        if (words < 2 && !isAllCaps(names) || EntityLexicon.isCommonWord(names.split("\\s+")[0])) {
            return null;
        }
        String agency = null;
        String rest = m.group("rest");
        if (rest != null) {
            String candidate = rest.strip().replaceAll("[.\\s]+$", "");
            if (isAgency(candidate)) {
                agency = candidate;
            } else if (!isCreditWords(candidate)) {
                return null;
            }
        }
        return new Dateline(null, null, agency, isAllCaps(names) ? titleCase(names) : names);
    }

    private record Credit(String agency, String author, int end) {}

    /**
     * The agency/author credit some wires put after the dash ("– RIA Novosti, Alexander Shishlo."): a short run of
     * capitalised words ending with a period. A real sentence has lower-case words, so it is never taken.
     */
    private static Credit creditAfterDash(String window, int from) {
        int dot = window.indexOf('.', from);
        if (dot < 0 || dot - from > 60 || dot + 1 >= window.length() || !Character.isWhitespace(window.charAt(dot + 1))) {
            return null;
        }
        String segment = window.substring(from, dot);
        String[] parts = segment.split(",", -1);
        if (parts.length > 3) {
            return null;
        }
        String agency = null;
        String author = null;
        for (String raw : parts) {
            String part = raw.strip();
            if (!isCapitalisedRun(part)) {
                return null;
            }
            if (agency == null && isAgency(part)) {
                agency = part;
            } else if (author == null && part.indexOf(' ') > 0) {
                author = part;
            } else {
                return null;
            }
        }
        int next = dot + 1;
        while (next < window.length() && Character.isWhitespace(window.charAt(next))) {
            next++;
        }
        if (next >= window.length() || !Character.isUpperCase(window.charAt(next)) && !isOpeningQuote(window.charAt(next))) {
            return null;
        }
        return new Credit(agency, author, next);
    }

    /** Words of a byline's second part ("Staff Writer", "Chief Political Correspondent"): capitalised or linking. */
    private static boolean isCreditWords(String s) {
        if (s.isEmpty() || s.length() > 60) {
            return false;
        }
        for (String w : s.split("[\\s,|]+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !w.equals("and") && !w.equals("of")
                    && !w.equals("the") && !w.equals("for") && !w.equals("at")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“' || c == '\'' || c == '‘';
    }

    /** One to four capitalised words (hyphens and apostrophes allowed), none a lone initial or abbreviation. */
    private static boolean isCapitalisedRun(String part) {
        if (part.length() < 2) {
            return false;
        }
        String[] words = part.split(" ");
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            for (int i = 1; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                    return false;
                }
            }
        }
        return !(words.length == 1 && EntityLexicon.isHonorific(words[0]));
    }

    /** An all-capitals opening word group is a place unless it is a known organisation acronym ("NATO —"). */
    private static boolean acceptCapsPlace(Matcher m) {
        String place = m.group("place");
        if (m.group("date") != null || isAgency(m.group("agency"))) {
            return true;
        }
        String letters = place.replaceAll("[^A-Z]", "");
        if (letters.length() < 3 || EntityLexicon.isOrganizationAcronym(place) || isAgency(place)) {
            return false;
        }
        // "LONDON: The..." is a dateline; "NOTE: this..." is not, so the colon needs a known place.
        return !m.group("dash").equals(":") || EntityLexicon.isPlace(titleCase(place));
    }

    static boolean isAgency(String s) {
        return s != null && AGENCIES.contains(s.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isAllCaps(String s) {
        boolean upper = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper |= Character.isUpperCase(c);
        }
        return upper;
    }

    /** "NEW YORK" → "New York", "WINSTON-SALEM" → "Winston-Salem", "ST. LOUIS" → "St. Louis"; mixed case is kept. */
    static String titleCase(String s) {
        if (!isAllCaps(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-' || c == '.' && i + 1 < s.length() && s.charAt(i + 1) != ' ';
        }
        return out.toString();
    }
}
