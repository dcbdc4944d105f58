package dev.newsclaims.extract;

/** First version (to be replaced by the headline/dateline work): the title is a short first paragraph without final period. */
final class HeadlineParser {

    private HeadlineParser() {}

    static Headline parse(TextDocument doc, String titleHint) {
        if (!doc.paragraphs().isEmpty()) {
            Span first = doc.paragraphs().get(0);
            String line = first.of(doc.text());
            if (doc.paragraphs().size() > 1 && line.length() < 200 && !line.endsWith(".")) {
                return new Headline(titleHint != null ? titleHint : line, first, null, null, first.end());
            }
        }
        return new Headline(titleHint, null, null, null, 0);
    }
}
