package dev.newsclaims.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups sentences into units that never cut a quotation: a quote of several sentences (or paragraphs)
 * and the attribution around it ("“… . …,” he said.") form one unit. Linear in sentences plus quotes.
 */
public final class SentenceUnits {

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
