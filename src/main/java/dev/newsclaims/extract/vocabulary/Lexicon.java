package dev.newsclaims.extract.vocabulary;

import dev.newsclaims.extract.text.WordTables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the attribution, speaker and entity stages share. Loaded once from the classpath when the class is
 * first used, then read-only, so every thread can use them without locking.
 */
public final class Lexicon {

    /** Cue verb form → its lemma ("said" → "say"). */
    public static final Map<String, String> CUE_VERBS;
    /** Cue lemmas that report speech or writing; other cues report beliefs and stances. */
    public static final Set<String> SPEECH_LEMMAS;
    /**
     * Lower-case words that make up roles ("prime", "minister", "spokeswoman"). The entity finder's honorifics
     * (entities-honorifics.txt) are a different list: titles as written before a name, stripped from it.
     */
    public static final Set<String> TITLE_WORDS;
    public static final Set<String> ORG_WORDS;
    public static final Set<String> GROUP_NOUNS;
    /** Cue verb forms whose lemma reports speech: {@code CUE_VERBS} then {@code SPEECH_LEMMAS} in one look-up. */
    public static final Set<String> SPEECH_VERB_FORMS;
    /**
     * Lower-case words that keep a capitalised word out of a person's name: titles, organisation words, group
     * nouns and the other non-name words, merged so the per-token name test is one look-up.
     */
    public static final Set<String> NEVER_IN_NAMES;
    /**
     * Place name (as written) → the country it speaks for ("Moscow" → "Russia", "Russia" → itself): the places a
     * government speaks from. The entity finder's gazetteer (entities-places.txt) is wider and carries no country.
     */
    public static final Map<String, String> PLACES;
    public static final Map<String, String> NATIONALITIES;

    public static final Set<String> PERSON_PRONOUNS = setOf("he", "she", "i");
    public static final Set<String> PRONOUNS = setOf("he", "she", "i", "they", "we", "it", "you");

    /** Words between a subject and its speech verb: "he also said", "Smith has repeatedly argued". */
    public static final Set<String> AUXILIARIES = setOf(
            "also", "has", "have", "had", "later", "previously", "once", "again", "then", "recently", "repeatedly",
            "would", "will", "could", "might", "may", "should", "did", "does", "do", "not", "never", "only", "even",
            "further", "reportedly", "publicly", "privately", "flatly", "simply", "often", "always", "still",
            "first", "earlier", "initially", "ultimately", "already", "has", "is", "was", "were", "are", "be",
            "been", "being", "just", "now", "clearly", "explicitly", "strongly", "quickly", "frequently",
            "emphatically", "angrily", "bluntly", "openly", "separately", "subsequently", "specifically",
            "immediately", "formally", "officially", "personally", "firmly", "consistently", "apparently");

    /**
     * Lower-case particles inside surnames ("Ursula von der Leyen", "Bill de Blasio", "Luiz Inácio Lula da Silva",
     * "Mohammed bin Salman").
     */
    public static final Set<String> NAME_PARTICLES = setOf("de", "del", "della", "der", "den", "di", "da", "das", "dos",
            "du", "van", "von", "bin", "ibn", "al", "el", "la", "le");

    /**
     * Lower-case words the entity finder lets stand inside a capitalised run ("Bank of England", "Osama bin Laden"):
     * "of" and the commonest particles only. Narrower than {@link #NAME_PARTICLES}, because a run is joined over
     * them in any sentence, not only inside a speaker's name.
     */
    public static final Set<String> ENTITY_RUN_CONNECTORS = setOf("of", "de", "van", "von", "der", "la", "del", "da",
            "bin", "al");

    /** Words that may appear inside a name or an organisation's name without capital: the particles and these. */
    public static final Set<String> NAME_CONNECTORS = withParticles("of", "the", "for", "from", "and", "&", "on");

    /** Determiners and common modifiers that may open a source phrase ("some senior administration officials"). */
    public static final Set<String> NOUN_MODIFIERS = setOf("the", "a", "an", "some", "many", "several", "most", "other",
            "two", "three", "four", "five", "its", "his", "her", "their", "our", "this", "these", "those", "one",
            "both", "few", "certain", "senior", "top", "former", "unnamed", "anonymous", "local", "federal",
            "western", "u.s.", "us", "european", "military", "government", "administration", "party",
            "acting", "then", "longtime", "chief", "campaign", "white", "house", "company", "ministry", "defense",
            "state", "independent", "leading", "outside", "private", "public", "intelligence", "health", "city",
            "election", "security", "police", "republican", "democratic", "conservative", "liberal", "russian");

    /** Capitalised words that start a sentence or a phrase but are never part of a name. */
    public static final Set<String> NOT_NAME_WORDS = setOf(
            "the", "a", "an", "but", "and", "or", "so", "yet", "also", "then", "meanwhile", "still", "however",
            "now", "later", "earlier", "yesterday", "today", "tonight", "tomorrow", "on", "in", "at", "by", "for",
            "from", "with", "after", "before", "since", "as", "when", "while", "if", "though", "although",
            "because", "this", "that", "these", "those", "there", "here", "what", "who", "which", "where", "why",
            "how", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "its",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "instead", "indeed",
            "moreover", "furthermore", "thus", "therefore", "last", "next", "mr", "mrs", "ms", "dr", "according",
            "asked", "despite", "during", "under", "over", "about", "to", "of", "not", "no", "yes", "well", "even",
            "just", "only", "perhaps", "maybe", "some", "many", "most", "all", "both", "each", "every", "other",
            "another", "such", "again", "first", "finally", "overall", "ultimately", "similarly", "likewise",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "said", "says", "speaking", "writing", "do", "does", "did", "is", "was",
            "are", "were", "will", "would", "can", "could", "should", "has", "have", "had", "let", "let's");

    /** Words that say when or where, skipped between a speech verb and its content or inverted subject. */
    public static final Set<String> TIME_WORDS = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "recently", "earlier", "later", "last", "this", "week",
            "month", "year", "morning", "afternoon", "evening", "night", "on", "late", "early", "previously",
            "again", "also", "then", "once", "repeatedly", "publicly", "privately", "separately", "weekend");

    private Lexicon() {}

    /** Like Set.of, but tolerant of a word listed twice in a hand-written list. */
    private static Set<String> withParticles(String... words) {
        Set<String> all = new HashSet<>(NAME_PARTICLES);
        all.addAll(Arrays.asList(words));
        return WordTables.setOf(all);
    }

    private static Set<String> setOf(String... words) {
        return WordTables.setOf(java.util.Arrays.asList(words));
    }

    static {
        Map<String, String> verbs = new HashMap<>();
        for (String line : lines("cue-verbs.txt")) {
            int colon = line.indexOf(':');
            String lemma = line.substring(0, colon).strip();
            for (String form : line.substring(colon + 1).strip().split(" ")) {
                if (!form.isEmpty()) {
                    verbs.put(form, lemma);
                }
            }
        }
        CUE_VERBS = WordTables.mapOf(verbs);
        SPEECH_LEMMAS = words("speech-verbs.txt");
        TITLE_WORDS = words("titles.txt");
        ORG_WORDS = words("org-words.txt");
        GROUP_NOUNS = words("groups.txt");
        Set<String> speechForms = new HashSet<>();
        verbs.forEach((form, lemma) -> {
            if (SPEECH_LEMMAS.contains(lemma)) {
                speechForms.add(form);
            }
        });
        SPEECH_VERB_FORMS = WordTables.setOf(speechForms);
        Set<String> neverInNames = new HashSet<>(TITLE_WORDS);
        neverInNames.addAll(ORG_WORDS);
        neverInNames.addAll(NOT_NAME_WORDS);
        neverInNames.addAll(GROUP_NOUNS);
        NEVER_IN_NAMES = WordTables.setOf(neverInNames);
        Map<String, String> places = new HashMap<>();
        Map<String, String> nationalities = new HashMap<>();
        for (String line : lines("places.txt")) {
            String[] parts = line.split("\\|", -1);
            String place = parts[0].trim();
            String country = parts.length > 2 && !parts[2].isBlank() ? parts[2].trim() : place;
            places.put(place, country);
            if (parts.length > 1) {
                for (String adjective : parts[1].trim().split(" ")) {
                    if (!adjective.isEmpty()) {
                        nationalities.put(adjective, place);
                    }
                }
            }
        }
        PLACES = WordTables.mapOf(places);
        NATIONALITIES = WordTables.mapOf(nationalities);
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            for (String word : line.split(" ")) {
                if (!word.isEmpty()) {
                    out.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return WordTables.setOf(out);
    }

    private static java.util.List<String> lines(String resource) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
