package dev.newsclaims.extract.entities;

import static dev.newsclaims.extract.entities.WordChars.isUpper;
import static dev.newsclaims.extract.entities.WordChars.isWordChar;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.extract.text.WordForms;
import dev.newsclaims.model.Entity;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * People, organisations and places named in the body, with how often each is named. Candidates are runs of
 * capitalised words ({@code Ministry of Defence} keeps its "of"); titles such as "President" are stripped and mark
 * a person; lexicons type places and organisations; a lone surname counts toward the full name met elsewhere.
 * Sentence-initial common words, nationality adjectives and the dateline are not entities. One pass over the text.
 */
public final class EntityFinder {

    public static final int MAX_ENTITIES = 50;

    public List<Entity> find(TextDocument doc, Headline headline, List<Speaker> speakers) {
        return find(doc, headline, speakers, NameTags.NONE);
    }

    /** {@code names}: the name tagger's reading of the article, which types the names it recognises. */
    public List<Entity> find(TextDocument doc, Headline headline, List<Speaker> speakers, NameTags names) {
        String text = doc.text();
        WordForms forms = WordForms.ofThisThread();
        RegionSet openersWrittenLowerCase = LowerCaseOpeners.find(doc, headline.bodyStart(), forms);
        List<EntityMention> mentions = new ArrayList<>();
        CapitalizedRun run = new CapitalizedRun(forms);
        for (Span sentence : doc.sentences()) {
            if (sentence.end() <= headline.bodyStart()) {
                continue;
            }
            int from = Math.max(sentence.start(), headline.bodyStart());
            scanSentence(text, from, sentence.end(), openersWrittenLowerCase, names, run, mentions);
        }
        return EntityCounts.merge(mentions, speakers == null ? List.of() : speakers);
    }

    /** Splits a sentence into runs of capitalised words and turns each run into zero or more mentions. */
    private static void scanSentence(String text, int start, int end, RegionSet openersWrittenLowerCase,
                                     NameTags names, CapitalizedRun run, List<EntityMention> out) {
        boolean first = true;
        int previousStart = -1;
        int previousEnd = -1;
        boolean afterPlacePreposition = false;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (c != ' ' && !run.isEmpty()) {
                    run.readAndClear(text, afterPlacePreposition, names, out);
                }
                i++;
                continue;
            }
            int j = wordEnd(text, i, end);
            int wordEnd = j;
            boolean possessive = false;
            if (j - i > 2 && (text.charAt(j - 2) == '\'' || text.charAt(j - 2) == '’') && text.charAt(j - 1) == 's') {
                wordEnd = j - 2;
                possessive = true;
            }
            if (isUpper(c) && !(first && isSentenceOpener(text, i, wordEnd, openersWrittenLowerCase))) {
                if (run.isEmpty()) {
                    afterPlacePreposition = previousStart >= 0
                            && EntityTypes.isPlacePreposition(text, previousStart, previousEnd);
                }
                run.add(i, wordEnd);
            } else if (!run.isEmpty() && wordEnd - i <= 3 && CapitalizedRun.isConnector(text, i, wordEnd)
                    && j + 1 < end && text.charAt(j) == ' ' && isUpper(text.charAt(j + 1))) {
                run.add(i, wordEnd); // "Bank of England"; split again later if it joins two names
            } else if (!run.isEmpty()) {
                run.readAndClear(text, afterPlacePreposition, names, out);
            }
            if (possessive && !run.isEmpty()) {
                run.readAndClear(text, afterPlacePreposition, names, out);
            }
            previousStart = i;
            previousEnd = wordEnd;
            first = false;
            i = j;
        }
        if (!run.isEmpty()) {
            run.readAndClear(text, afterPlacePreposition, names, out);
        }
    }

    /** End of the word at {@code i}: letters and digits, with inner hyphens, apostrophes and periods (U.S., O'Brien). */
    private static int wordEnd(String text, int i, int end) {
        int j = i;
        while (j < end) {
            char c = text.charAt(j);
            if (isWordChar(c)) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '.') && j + 1 < end
                    && isWordChar(text.charAt(j + 1))) {
                j++;
            } else if (c == '.' && (j - i == 1 && isUpper(text.charAt(i))
                    || j - i >= 2 && j - i <= 5 && text.charAt(j - 2) == '.')) {
                j++; // an initial, "F." in "John F. Kennedy", or the last period of "U.S."
                break;
            } else {
                break;
            }
        }
        return j;
    }

    /** A capitalised first word, {@code text[start, end)}, that is only capitalised because it opens the sentence. */
    private static boolean isSentenceOpener(String text, int start, int end, RegionSet openersWrittenLowerCase) {
        return EntityLexicon.isCommonWord(text, start, end)
                || openersWrittenLowerCase.findLowerCase(text, start, end) != null;
    }
}
