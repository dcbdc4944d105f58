package dev.newsclaims.extract.article;

import dev.newsclaims.extract.text.PerThreadMatcher;
import dev.newsclaims.extract.text.Span;
import java.util.regex.Pattern;

/**
 * Text that sits on a news page without being news: bylines, dateline-only lines, photo captions and credits,
 * section labels, link prompts ("READ MORE", "Related:"), share and subscription prompts, wire sign-offs
 * ("Reporting by …"). Such lines read badly in a summary. Patterns look at a bounded prefix or at short sentences
 * only, so time stays linear in the text.
 */
public final class PageFurniture {

    /** Longer sentences are news even when they mention a photo or a credit. */
    private static final int MAX_CREDIT_WORDS = 30;
    private static final int MAX_CREDIT_CHARS = 300;
    /** A paragraph this short without sentence-final punctuation is a label, heading or caption. */
    private static final int MAX_LABEL_WORDS = 20;
    private static final int PREFIX = 80;

    /** Openings that only page furniture has (case-insensitive, at the start of a sentence). */
    private static final PerThreadMatcher OPENING = new PerThreadMatcher(Pattern.compile("(?i)[\\p{Punct}\\s>»|•·–—]*(?:"
            + "read (?:more|also|next|the full)|see also|also read|more on this(?: story)?|more from|most (?:read|popular)"
            + "|related(?: (?:stories|articles|coverage|content|links|topics|reading))?\\s*:|recommended(?: for you)?\\s*:"
            + "|(?:article|story) continues(?: below| after)|continue reading|advertisement\\b|sponsored(?: content)?\\s*:"
            + "|share (?:this|on|via|the)\\b|share\\s*:|click here|tap here|sign up (?:for|to)|subscribe (?:to|for|now)"
            + "|follow (?:us|@)|watch\\s*:|listen\\s*:|watch (?:the|our) (?:video|full)|video\\s*:|gallery\\s*:"
            + "|(?:image|photo|picture|media) (?:caption|copyright|source|credit)|(?:photo|photograph|picture|image|caption|credit|pictured|file photo)\\s*:"
            + "|copyright\\b|©|all rights reserved|(?:additional )?reporting by|(?:editing|writing|compiled) by"
            + "|contact (?:the )?(?:author|reporter|writer)|email (?:the )?(?:author|reporter|writer)"
            + "|(?:last )?(?:updated|published|posted)\\s*(?::|on \\d|at \\d))"));

    /** Photo and agency credits, which mark a caption wherever they stand in a short sentence. */
    private static final PerThreadMatcher CREDIT = new PerThreadMatcher(Pattern.compile("(?i)\\((?:photo|image|picture|pictured|file)\\b"
            + "|\\b(?:photo|photograph|picture|image)s?\\s*(?:credit\\s*)?(?::|by\\b|courtesy\\b)"
            + "|getty images|\\bgetty\\s*/|/\\s*getty\\b|\\bap photo\\b|\\bafp(?: via|/)|\\b(?:reuters|epa|afp|ap)/\\p{L}|shutterstock|\\bpa (?:wire|media)\\b"
            + "|\\balamy\\b"));

    private PageFurniture() {}

    /** True when the sentence {@code s} is furniture by its own words. */
    public static boolean isFurnitureSentence(String text, Span s, int words) {
        if (OPENING.over(text, s.start(), Math.min(s.end(), s.start() + PREFIX)).lookingAt()) {
            return true;
        }
        return words <= MAX_CREDIT_WORDS && s.length() <= MAX_CREDIT_CHARS && mayHoldCredit(text, s.start(), s.end())
                && CREDIT.over(text, s.start(), s.end()).find();
    }

    /**
     * False when {@code text[from, to)} has none of the words every {@link #CREDIT} match contains (photo, picture,
     * image, file, getty, afp, shutterstock, wire, media, alamy) nor a slash. The pattern tries each of its
     * alternatives at every position, and most sentences have none of these words: this check spares that scan.
     */
    private static boolean mayHoldCredit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            boolean candidate = switch (text.charAt(i)) {
                case '/' -> true;
                case 'p', 'P' -> startsWith(text, i, to, "photo") || startsWith(text, i, to, "picture");
                case 'i', 'I' -> startsWith(text, i, to, "image");
                case 'f', 'F' -> startsWith(text, i, to, "file");
                case 'g', 'G' -> startsWith(text, i, to, "getty");
                case 'a', 'A' -> startsWith(text, i, to, "afp") || startsWith(text, i, to, "alamy");
                case 's', 'S' -> startsWith(text, i, to, "shutterstock");
                case 'w', 'W' -> startsWith(text, i, to, "wire");
                case 'm', 'M' -> startsWith(text, i, to, "media");
                default -> false;
            };
            if (candidate) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(String text, int at, int to, String lowerWord) {
        return at + lowerWord.length() <= to && text.regionMatches(true, at, lowerWord, 0, lowerWord.length());
    }

    /**
     * True when the whole paragraph is furniture: a byline, a dateline with nothing after it, or a short line
     * without sentence-final punctuation (a caption, section label or share prompt).
     */
    public static boolean isFurnitureParagraph(String text, Span paragraph, int words) {
        if (DatelineParser.parseByline(text, paragraph) != null) {
            return true;
        }
        DatelineParser.Match dateline = DatelineParser.parsePrefix(text, paragraph);
        if (dateline != null && dateline.end() >= paragraph.end()) {
            return true;
        }
        return words <= MAX_LABEL_WORDS && !endsAsSentence(text, paragraph);
    }

    /** The last character before closing quotes and brackets ends a sentence. */
    private static boolean endsAsSentence(String text, Span s) {
        for (int i = s.end() - 1; i >= s.start(); i--) {
            char c = text.charAt(i);
            if ("\"'”’»)]".indexOf(c) >= 0) {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '…';
        }
        return false;
    }
}
