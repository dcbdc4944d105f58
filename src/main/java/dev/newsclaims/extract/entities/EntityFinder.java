package dev.newsclaims.extract.entities;

import static dev.newsclaims.extract.entities.WordChars.isUpper;
import static dev.newsclaims.extract.entities.WordChars.isWordChar;

import dev.newsclaims.extract.article.Headline;
import dev.newsclaims.extract.speakers.PersonEvidence;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.extract.text.Span;
import dev.newsclaims.extract.text.TextDocument;
import dev.newsclaims.extract.text.WordForms;
import dev.newsclaims.language.NameType;
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
        List<Speaker> known = speakers == null ? List.of() : speakers;
        return asTheArticleReadsThem(EntityCounts.merge(mentions, known), known, text, names);
    }

    /**
     * The entities with the types the speakers stage reads the same names with: a name the article's evidence says is
     * no person ("in Nova Scotia", "Brackley Quarry Corp.", "a document titled …") is the place or organisation the
     * tagger or its writing says it is, or no entity at all (a work's title, a heading); a speaker keeps its type.
     */
    private static List<Entity> asTheArticleReadsThem(List<Entity> entities, List<Speaker> speakers, String text,
            NameTags names) {
        PersonEvidence evidence = null;
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            if (evidence == null) {
                evidence = new PersonEvidence(text, names);
            }
            if (evidence.isWorkTitle(e.text())) {
                continue; // "a paper titled Martin Frost": a work, neither person, organisation nor place
            }
            if (!e.type().equals("person") || isSpeaker(e.text(), speakers)) {
                out.add(e);
                continue;
            }
            boolean person = e.text().indexOf(' ') < 0 ? evidence.isPersonAlone(e.text()) : evidence.isPerson(e.text());
            if (person) {
                out.add(e);
                continue;
            }
            String type = typeOfNonPerson(e.text(), text, names, evidence);
            if (type != null) {
                out.add(new Entity(e.text(), type, e.count()));
            }
        }
        return out;
    }

    /** "place" or "organization" as the tagger reads the name where it is written, or as it is written; else null. */
    private static String typeOfNonPerson(String name, String text, NameTags names, PersonEvidence evidence) {
        int at = text.indexOf(name);
        NameType tag = at < 0 ? null : names.typeOf(at, at + name.length());
        if (tag == NameType.PLACE || evidence.writtenAsPlace(name) && tag != NameType.ORGANIZATION) {
            return "place";
        }
        if (tag == NameType.ORGANIZATION) {
            return "organization";
        }
        for (String w : name.split(" ")) {
            if (dev.newsclaims.extract.vocabulary.Lexicon.ORG_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return "organization";
            }
            if (dev.newsclaims.extract.vocabulary.Lexicon.PLACES.containsKey(w)) {
                return "place";
            }
        }
        return null;
    }

    private static boolean isSpeaker(String name, List<Speaker> speakers) {
        for (Speaker s : speakers) {
            if (name.equals(s.name())) {
                return true;
            }
        }
        return false;
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
