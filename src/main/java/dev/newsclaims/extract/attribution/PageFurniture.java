package dev.newsclaims.extract.attribution;

import dev.newsclaims.extract.text.Tok;
import dev.newsclaims.extract.text.WordTables;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The page around an article that scraping leaves in its text: section labels and link prompts ("READ MORE:",
 * "WATCH:", "Related:"), photo credits, bylines, "Article continues below", share prompts. None of it is said by
 * anyone, so it is never a claim, and its words are never a speaker.
 */
final class PageFurniture {

    private PageFurniture() {}

    /** Labels that open a link, a caption or a credit, not a quotation, when they stand before a colon. */
    private static final Set<String> LABELS = WordTables.setOf("read more", "read", "more", "watch", "related",
            "see also", "see", "also", "listen", "video", "photo", "photos", "image", "images", "picture", "gallery",
            "credit", "credits", "photo credit", "source", "sources", "file photo", "caption", "advertisement",
            "update", "updated", "editor's note", "editor’s note", "correction", "clarification", "share", "follow",
            "subscribe", "sign up", "click here", "more on this", "more on this story", "top stories", "trending",
            "recommended", "latest", "breaking", "live", "opinion", "analysis", "explainer", "podcast", "newsletter",
            "tags", "topics", "filed under", "posted", "published", "by", "with files from", "contact");
    /** Phrases that make a whole short line furniture ("Article continues below", "(Photo by …/Getty Images)"). */
    private static final List<String> LINE_PHRASES = List.of("article continues", "story continues",
            "continues below", "continue reading", "advertisement", "share this", "share on", "click here",
            "sign up for", "subscribe to", "photo by", "photograph by", "getty images", "file photo", "©",
            "all rights reserved", "copyright");
    private static final int MAX_FURNITURE_LINE_WORDS = 8;

    /** "READ MORE: …", "Photo: …": the words before the colon at {@code colon} are a page label. */
    static boolean isLabel(List<Tok> toks, int colon) {
        StringBuilder label = new StringBuilder();
        for (int k = 0; k < colon; k++) {
            if (toks.get(k).isWord()) {
                if (label.length() > 0) {
                    label.append(' ');
                }
                label.append(toks.get(k).lower());
            }
        }
        String l = label.toString();
        return LABELS.contains(l) || l.contains("photo") || l.contains("credit") || l.contains("video")
                || l.contains("image") || l.contains("getty");
    }

    /**
     * A short unit that is page furniture as a whole: "Article continues below", "Share this article", "(Photo by
     * Jane Doe/Getty Images)", "By Jane Doe and John Roe" (a byline line).
     */
    static boolean isLine(String text, List<Tok> toks) {
        if (toks.isEmpty()) {
            return false;
        }
        int words = 0;
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.isQuote()) {
                return false;
            }
            words += t.isWord() ? 1 : 0;
        }
        if (words > MAX_FURNITURE_LINE_WORDS) {
            return false;
        }
        String line = text.substring(toks.get(0).start(), toks.get(toks.size() - 1).end()).toLowerCase(Locale.ROOT);
        for (String phrase : LINE_PHRASES) {
            if (line.contains(phrase)) {
                return true;
            }
        }
        // a byline: "By Jane Doe", "By Jane Doe and John Roe, Staff Writers" — capitalised words only
        if (words >= 2 && toks.get(0).is("by") && toks.get(0).isCapitalized()) {
            for (Tok t : toks.subList(1, toks.size())) {
                if (t.isWord() && !t.isCapitalized() && !t.is("and")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
