package dev.newsclaims.extract.article;

import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.extract.text.WordTables;
import dev.newsclaims.model.Dateline;
import java.util.List;

/**
 * Finds what precedes the news text: the title line, byline paragraphs and the dateline prefix of the first
 * body paragraph. A caller's title hint wins over detection; then the first paragraph is body unless it repeats
 * the hint. Looks only at the first few paragraphs, so time does not grow with the article.
 */
public final class HeadlineParser {

    private static final int MAX_TITLE_CHARS = 250;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_BYLINES = 2;
    private static final int MAX_HEADLINE_STYLE_WORDS = 14;
    private static final java.util.Set<String> AUXILIARIES = WordTables.setOf(
            "is", "are", "was", "were", "has", "have", "had", "will", "would", "been", "be", "can", "could");

    private HeadlineParser() {}

    public static Headline parse(TextDocument doc, String titleHint) {
        String text = doc.text();
        List<Span> paragraphs = doc.paragraphs();
        String hint = titleHint == null || titleHint.isBlank() ? null : titleHint.strip();
        int next = 0;
        String title = hint;
        Span titleSpan = null;
        if (!paragraphs.isEmpty()) {
            Span first = paragraphs.get(0);
            if (hint != null ? sameWords(first.of(text), hint) : looksLikeTitle(doc, 0)) {
                titleSpan = first;
                title = hint != null ? hint : first.of(text);
                next = 1;
            }
        }

        String location = null;
        String date = null;
        String agency = null;
        String author = null;
        Span datelineSpan = null;
        for (int i = 0; i < MAX_BYLINES && next < paragraphs.size(); i++) {
            Dateline byline = DatelineParser.parseByline(text, paragraphs.get(next));
            if (byline == null) {
                break;
            }
            author = author == null ? byline.author() : author;
            agency = agency == null ? byline.agency() : agency;
            datelineSpan = datelineSpan == null ? paragraphs.get(next) : new Span(datelineSpan.start(), paragraphs.get(next).end());
            next++;
            // One line per paragraph: "By Jane Smith" then "Associated Press" on its own line.
            String agencyLine = next < paragraphs.size() && paragraphs.get(next).length() <= 40
                    ? paragraphs.get(next).of(text).replaceAll("[.\\s]+$", "") : null;
            if (agencyLine != null && DatelineParser.isAgency(agencyLine)) {
                agency = agency == null ? agencyLine : agency;
                datelineSpan = new Span(datelineSpan.start(), paragraphs.get(next).end());
                next++;
            }
        }

        int bodyStart = next < paragraphs.size() ? paragraphs.get(next).start() : text.length();
        if (next < paragraphs.size()) {
            Span paragraph = paragraphs.get(next);
            DatelineParser.Match match = DatelineParser.parsePrefix(text, paragraph);
            if (match != null) {
                Dateline d = match.dateline();
                location = d.location();
                date = d.date();
                agency = d.agency() != null ? d.agency() : agency;
                author = author == null ? d.author() : author;
                datelineSpan = datelineSpan == null ? match.span() : new Span(datelineSpan.start(), match.span().end());
                bodyStart = match.end() < paragraph.end() ? match.end()
                        : next + 1 < paragraphs.size() ? paragraphs.get(next + 1).start() : text.length();
            }
        }
        Dateline dateline = location == null && date == null && agency == null && author == null
                ? null : new Dateline(location, date, agency, author);
        return new Headline(title, titleSpan, dateline, datelineSpan, bodyStart);
    }

    /**
     * A headline is one short line followed by more text, not a byline or dateline. Without a final period it is
     * a headline; with one (some feeds end titles with a period) only if title-cased or followed by a dateline.
     */
    private static boolean looksLikeTitle(TextDocument doc, int index) {
        List<Span> paragraphs = doc.paragraphs();
        if (index + 1 >= paragraphs.size()) {
            return false;
        }
        String text = doc.text();
        Span p = paragraphs.get(index);
        String line = p.of(text);
        if (line.length() > MAX_TITLE_CHARS || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length > MAX_TITLE_WORDS || DatelineParser.parseByline(text, p) != null
                || DatelineParser.parsePrefix(text, p) != null) {
            return false;
        }
        char last = lastNonClosing(line);
        if (last == ',' || last == ';' || last == ':') {
            return false;
        }
        int first = doc.sentenceIndexAt(p.start());
        boolean oneSentence = first + 1 >= doc.sentences().size() || doc.sentences().get(first + 1).start() >= p.end();
        if (!oneSentence) {
            return false;
        }
        if (last != '.') {
            return true;
        }
        Span following = paragraphs.get(index + 1);
        return isTitleCased(words) || isHeadlineStyle(words) && following.length() > p.length()
                || DatelineParser.parsePrefix(text, following) != null
                || DatelineParser.parseByline(text, following) != null;
    }

    /**
     * Headline grammar in sentence case: short, with at most one article ("the", "a"), no auxiliary verb and no
     * "said" — "Judge rejects request to unseal divorce file." — where a lead sentence is longer and fuller
     * ("Microsoft has unveiled the finished version of its search engine.").
     */
    private static boolean isHeadlineStyle(String[] words) {
        if (words.length > MAX_HEADLINE_STYLE_WORDS) {
            return false;
        }
        int articles = 0;
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (lower.equals("the") || lower.equals("a") || lower.equals("an")) {
                articles++;
            } else if (lower.startsWith("said") || AUXILIARIES.contains(lower)) {
                return false;
            }
        }
        return articles <= 1;
    }

    private static char lastNonClosing(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if ("\"'”’»)]".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    /** Most longer words capitalised, as in "Only 24 Percent of Contributors Are Small Donors." */
    private static boolean isTitleCased(String[] words) {
        int longWords = 0;
        int capitalised = 0;
        for (String w : words) {
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                letters += Character.isLetter(w.charAt(i)) ? 1 : 0;
            }
            if (AUXILIARIES.contains(w)) {
                return false; // "Tony Blair has met Prime Minister ...": a lead full of names, not title case
            }
            if (letters >= 4) {
                longWords++;
                char c = firstLetter(w);
                capitalised += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return longWords >= 3 && capitalised * 4 >= longWords * 3;
    }

    private static char firstLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return w.charAt(i);
            }
        }
        return ' ';
    }

    /** Same words ignoring case, spacing and punctuation: the text repeats the title it was posted with. */
    private static boolean sameWords(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
