package dev.newsclaims.extract.summary;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.article.PageFurniture;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The body sentences a summary may quote, in article order: after the title, bylines and dateline, without page
 * furniture. Each knows its length in words (runs of letters and digits) and whether it needs the sentence before
 * it: it opens by pointing back ({@link DependentOpening}) or continues a quotation opened there. Only the first
 * {@value #MAX_CANDIDATES} compete, so later stages stay bounded.
 */
final class SummaryCandidates {

    static final int MAX_CANDIDATES = 200;

    /** One body sentence: where it is, its words, and whether it needs its predecessor to be understood. */
    record Candidate(Span span, int words, boolean dependsOnPrevious) {}

    private SummaryCandidates() {}

    static List<Candidate> of(TextDocument doc, Headline headline) {
        String text = doc.text();
        List<Candidate> out = new ArrayList<>();
        int bodyStart = headline.bodyStart();
        int paragraphIndex = -1;
        boolean paragraphIsFurniture = false;
        QuotationState quotation = new QuotationState(text);
        for (Span s : doc.sentences()) {
            if (s.end() <= bodyStart || headline.titleSpan() != null && headline.titleSpan().overlaps(s)) {
                continue;
            }
            int p = doc.paragraphIndexAt(s.start());
            Span paragraph = doc.paragraphs().get(p);
            if (p != paragraphIndex) {
                paragraphIndex = p;
                paragraphIsFurniture = paragraph.start() >= bodyStart
                        && PageFurniture.isFurnitureParagraph(text, paragraph, countWords(text, paragraph));
            }
            Span cut = s.start() >= bodyStart ? s : new Span(bodyStart, s.end());
            boolean insideQuotation = quotation.isOpenAt(paragraph.start(), cut.start());
            int words = countWords(text, cut);
            if (paragraphIsFurniture || words == 0 || PageFurniture.isFurnitureSentence(text, cut, words)) {
                continue;
            }
            boolean depends = insideQuotation || DependentOpening.dependsOnPrevious(text, cut);
            out.add(new Candidate(cut, words, !out.isEmpty() && depends));
            if (out.size() >= MAX_CANDIDATES) {
                break;
            }
        }
        return out;
    }

    /**
     * Whether a position lies inside a quotation opened earlier in its paragraph: such a sentence continues
     * someone's words, and who speaks is told elsewhere. Scans each character once as positions move forward.
     */
    private static final class QuotationState {
        private final String text;
        private int scanned;
        private int paragraphStart = -1;
        private int curlyDepth;
        private boolean straightOpen;

        QuotationState(String text) {
            this.text = text;
        }

        boolean isOpenAt(int paragraphStart, int position) {
            if (paragraphStart != this.paragraphStart) {
                this.paragraphStart = paragraphStart;
                scanned = paragraphStart;
                curlyDepth = 0;
                straightOpen = false;
            }
            for (; scanned < position; scanned++) {
                char c = text.charAt(scanned);
                if (c == '“' || c == '«') {
                    curlyDepth++;
                } else if ((c == '”' || c == '»') && curlyDepth > 0) {
                    curlyDepth--;
                } else if (c == '"') {
                    straightOpen = !straightOpen;
                }
            }
            return curlyDepth > 0 || straightOpen;
        }
    }

    /** Runs of letters and digits: "$1.13bn" is two words, "O'Neill's" three, as a word counter sees them. */
    static int countWords(String text, Span s) {
        int words = 0;
        boolean inWord = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean wordChar = SummaryVocabulary.isWordChar(text.charAt(i));
            words += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
        }
        return words;
    }
}
