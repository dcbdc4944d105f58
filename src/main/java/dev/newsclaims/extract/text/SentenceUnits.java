package dev.newsclaims.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups sentences into units that never cut a quotation: a quote of several sentences (or paragraphs)
 * and the attribution around it ("“… . …,” he said.") form one unit. Linear in sentences plus quotes.
 * A unit stops growing past {@link #MAX_UNIT_CHARS}, at the start of its next sentence: quotations that each cross
 * a sentence end would otherwise chain a whole file into one unit (and one claim).
 */
public final class SentenceUnits {

    /** As long as the longest quotation (12,000 characters); news units are far shorter. */
    public static final int MAX_UNIT_CHARS = 12_000;

    private SentenceUnits() {}

    public static List<Span> of(List<Span> sentences, List<Span> quotes) {
        List<Span> units = new ArrayList<>();
        int q = 0;
        int i = 0;
        int n = sentences.size();
        while (i < n) {
            int start = sentences.get(i).start();
            int end = sentences.get(i).end();
            int j = i + 1;
            boolean grown = true;
            while (grown) {
                grown = false;
                if (end - start > MAX_UNIT_CHARS && j < n) {
                    end = Math.min(end, sentences.get(j).start()); // a quotation running on is cut, not followed
                    break;
                }
                while (q < quotes.size() && quotes.get(q).start() < end) {
                    if (quotes.get(q).end() > end) {
                        end = quotes.get(q).end();
                        grown = true;
                    }
                    q++;
                }
                while (j < n && sentences.get(j).start() < end) {
                    end = Math.max(end, sentences.get(j).end());
                    j++;
                    grown = true;
                }
            }
            units.add(new Span(start, end));
            i = j;
        }
        return units;
    }
}
