package dev.newsclaims.extract;

import java.util.ArrayList;
import java.util.List;

/** First version (to be replaced): the lead sentences of the body. */
final class Summarizer {

    List<String> summarize(TextDocument doc, Headline headline, int maxSentences) {
        List<String> out = new ArrayList<>();
        for (Span s : doc.sentences()) {
            if (s.start() >= headline.bodyStart() && out.size() < maxSentences) {
                out.add(s.of(doc.text()));
            }
        }
        return out;
    }
}
