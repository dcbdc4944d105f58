package dev.newsclaims.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which language an article is written in, as an ISO 639-1 code, or {@code und} when the text holds
 * too little to tell. The writing system decides first (Cyrillic, Arabic, Han, Hangul, Greek, …) and
 * letters only one language of that script uses split it further (і ї є ґ: Ukrainian; ы э: Russian;
 * پ چ گ ک ی: Persian). Latin-script text is scored against the function words of each language
 * (articles, prepositions, pronouns, auxiliaries), which make up a third to a half of any
 * paragraph; a word shared by several languages counts for each of them in proportion. How often
 * the words occur picks the language; how many different ones occur says whether the text is long enough
 * to tell: one word repeated ("Come on, come on": {@code come} is Italian too) is no evidence, so a
 * decision needs {@link #MIN_EVIDENCE} distinct function words of its language and a lead of
 * {@link #MIN_LEAD} over the next language; a shorter text is {@code und}.
 * No model file: the tables are a few kilobytes of constants, ready when the class loads.
 */
public final class LanguageDetector {

    /** Undetermined (ISO 639-2): too few letters or function words to decide. */
    public static final String UNDETERMINED = "und";

    /** The detected language, and whether the text is mostly Latin script (where an undetermined text may still be English). */
    public record Detected(String language, boolean latinScript) {}

    /** A few paragraphs decide; reading further only costs time. */
    private static final int SAMPLE_CHARS = 4_000;
    /** Distinct function words (each weighted by its share, as in the score) a Latin-script decision needs. */
    static final double MIN_EVIDENCE = 2.0;
    /** How many distinct function words the chosen language must have beyond any other. */
    static final double MIN_LEAD = 1.0;
    /** The weight of a letter few languages write (ñ, ß, ł, ç, …), per occurrence and, once, as evidence. */
    private static final double LETTER_WEIGHT = 0.5;

    private static final String[][] FUNCTION_WORDS = {
        {"en", "the of and to a in is that for on with as was by at it he from his be are have has will an not they this"
                + " who but were had been would their its more which after or we she about than her one there also up all"
                + " when out over into i can could our some what if no so them said says other people may most first only"
                + " just because those these while before between during against under should such where how then now any"
                + " both each did do does him my you your us me am here why yes too very off again never"},
        {"fr", "le la les de des du un une et est en que qui dans pour pas sur au aux par ne se ce il elle ils elles sont"
                + " a été avec plus son sa ses leur leurs mais ou où nous vous cette ces comme tout tous fait être avoir selon"
                + " après lors dont aussi sans entre sous encore déjà très bien peut même était ont l d qu n c s j lui y"
                + " cet on ans"},
        {"es", "el la los las de del y en que un una por con para se no es al lo como más pero sus le ya o este esta fue"
                + " ha han sido son está están entre cuando muy sin sobre también hasta hay donde desde todo durante todos"
                + " uno les ni contra otros ese eso ante ellos esto antes algunos qué unos otro otras otra él tanto esa estos"
                + " mucho quienes nada muchos cual según tras dijo además años su"},
        {"pt", "o a os as de do da dos das e em no na nos nas um uma por para com não que se é foi ao aos mais mas como"
                + " seu sua seus suas ele ela eles elas isso esse essa este esta pelo pela pelos pelas são está estão ser"
                + " ter já também quando entre sobre até depois ainda anos disse segundo há muito sem nem onde mesmo"},
        {"it", "il lo la i gli le di del della dello dei degli delle da dal dalla dai un una uno e è in nel nella nei con"
                + " per su sul sulla non che si ha hanno sono come più ma anche al alla ai agli questo questa quello quella"
                + " essere stato stata tra fra dopo ancora già molto dove quando secondo ed ad anni detto sia loro suo sua"
                + " suoi perché l dell all nell sull"},
        {"de", "der die das den dem des ein eine einen einem einer eines und ist in im zu zum zur von vom mit auf für"
                + " nicht sich auch es als an am bei wie sie er wir ich dass daß hat haben wird werden wurde wurden war sind"
                + " nach aus über noch nur oder aber vor bis durch sein seine ihre ihr unter gegen schon sagte man so um"
                + " mehr diese dieser dieses jahr jahre"},
        {"nl", "de het een en van in is dat op te voor met zijn niet die er aan als ook door bij maar om uit nog wordt werd"
                + " worden naar dan over hij zij ze we wij ik hun heeft hebben was waren deze dit tot al zo kan zal na jaar"
                + " volgens"},
        {"pl", "i w z na się nie do to że jest o jak a co ale po przez od za dla już tak być był była było są może tylko"
                + " jego jej ich roku który która które także oraz lub przy ze we czy pod tym"},
    };

    /** For each function word, the languages it belongs to and the share of its weight each one gets. */
    private static final Map<String, String[]> WORD_LANGUAGES = new HashMap<>();

    // Plain loops, no lambdas or streams: this runs at cold start, where each first lambda costs milliseconds.
    static {
        for (String[] entry : FUNCTION_WORDS) {
            for (String word : entry[1].split(" ")) {
                String[] codes = WORD_LANGUAGES.get(word);
                String[] more = codes == null ? new String[1] : java.util.Arrays.copyOf(codes, codes.length + 1);
                more[more.length - 1] = entry[0];
                WORD_LANGUAGES.put(word, more);
            }
        }
    }

    public Detected detect(String text) {
        int length = Math.min(text.length(), SAMPLE_CHARS);
        ScriptCounts scripts = ScriptCounts.of(text, length);
        return switch (scripts.dominant()) {
            case LATIN -> new Detected(latin(text, length), true);
            case CYRILLIC -> new Detected(cyrillic(text, length), false);
            case ARABIC -> new Detected(arabic(text, length), false);
            case HAN -> new Detected(scripts.count(Character.UnicodeScript.HIRAGANA) + scripts.count(Character.UnicodeScript.KATAKANA)
                    > scripts.count(Character.UnicodeScript.HAN) / 10 ? "ja" : "zh", false);
            case HIRAGANA, KATAKANA -> new Detected("ja", false);
            case HANGUL -> new Detected("ko", false);
            case GREEK -> new Detected("el", false);
            case HEBREW -> new Detected("he", false);
            case DEVANAGARI -> new Detected("hi", false);
            case BENGALI -> new Detected("bn", false);
            case TAMIL -> new Detected("ta", false);
            case THAI -> new Detected("th", false);
            case ARMENIAN -> new Detected("hy", false);
            case GEORGIAN -> new Detected("ka", false);
            case ETHIOPIC -> new Detected("am", false);
            case COMMON -> new Detected(UNDETERMINED, true); // no letters at all
            default -> new Detected(UNDETERMINED, false);
        };
    }

    private static String latin(String text, int length) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, Double> evidence = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        while (i < length) {
            if (!Character.isLetter(text.charAt(i))) {
                countLetter(text.charAt(i), scores, evidence, seen);
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                countLetter(text.charAt(i), scores, evidence, seen);
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            String[] codes = WORD_LANGUAGES.get(word);
            if (codes != null) {
                boolean first = seen.add(word);
                for (String code : codes) {
                    add(scores, code, 1.0 / codes.length);
                    if (first) {
                        add(evidence, code, 1.0 / codes.length);
                    }
                }
            }
        }
        String best = null;
        double bestScore = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        if (best == null) {
            return UNDETERMINED;
        }
        double bestEvidence = evidence.getOrDefault(best, 0.0);
        for (Map.Entry<String, Double> e : evidence.entrySet()) {
            if (!e.getKey().equals(best) && e.getValue() > bestEvidence - MIN_LEAD) {
                return UNDETERMINED;
            }
            if (!e.getKey().equals(best) && scores.get(e.getKey()) >= bestScore) {
                return UNDETERMINED; // a tie
            }
        }
        return bestEvidence >= MIN_EVIDENCE ? best : UNDETERMINED;
    }

    private static void add(Map<String, Double> scores, String code, double weight) {
        Double before = scores.get(code);
        scores.put(code, before == null ? weight : before + weight);
    }

    /**
     * Letters that only some of our Latin-script languages write (ñ, ß, ł: one; ç, è: two or three), counted
     * for those languages in proportion, as a shared word is.
     */
    private static void countLetter(char c, Map<String, Double> scores, Map<String, Double> evidence, Set<String> seen) {
        String[] codes = switch (Character.toLowerCase(c)) {
            case 'ñ', '¿', '¡' -> ES;
            case 'ã', 'õ' -> PT;
            case 'ß', 'ä', 'ö', 'ü' -> DE;
            case 'œ' -> FR;
            case 'ł', 'ą', 'ę', 'ś', 'ż', 'ź', 'ń', 'ć' -> PL;
            case 'ç', 'ê', 'â' -> FR_PT;
            case 'è', 'à' -> FR_IT;
            case 'ò', 'ì' -> IT;
            case 'í', 'á', 'ú' -> ES_PT;
            case 'ó' -> ES_PT_PL;
            case 'é' -> FR_ES_PT_IT;
            default -> null;
        };
        if (codes != null) {
            boolean first = seen.add("letter " + Character.toLowerCase(c));
            for (String code : codes) {
                add(scores, code, LETTER_WEIGHT / codes.length);
                if (first) {
                    add(evidence, code, LETTER_WEIGHT / codes.length);
                }
            }
        }
    }

    private static final String[] ES = {"es"};
    private static final String[] PT = {"pt"};
    private static final String[] DE = {"de"};
    private static final String[] FR = {"fr"};
    private static final String[] PL = {"pl"};
    private static final String[] IT = {"it"};
    private static final String[] FR_PT = {"fr", "pt"};
    private static final String[] FR_IT = {"fr", "it"};
    private static final String[] ES_PT = {"es", "pt"};
    private static final String[] ES_PT_PL = {"es", "pt", "pl"};
    private static final String[] FR_ES_PT_IT = {"fr", "es", "pt", "it"};

    private static String cyrillic(String text, int length) {
        int ukrainian = 0;
        int russian = 0;
        int serbian = 0;
        int belarusian = 0;
        for (int i = 0; i < length; i++) {
            switch (Character.toLowerCase(text.charAt(i))) {
                case 'і', 'ї', 'є', 'ґ' -> ukrainian++;
                case 'ы', 'э', 'ё' -> russian++;
                case 'ђ', 'ј', 'љ', 'њ', 'ћ', 'џ' -> serbian++;
                case 'ў' -> belarusian++;
                default -> { }
            }
        }
        if (belarusian > 0 && belarusian >= ukrainian / 4) {
            return "be";
        }
        if (serbian > ukrainian && serbian > russian) {
            return "sr";
        }
        if (ukrainian > russian) {
            return "uk";
        }
        return russian > 0 ? "ru" : "bg";
    }

    private static String arabic(String text, int length) {
        int persian = 0;
        int urdu = 0;
        int arabic = 0;
        for (int i = 0; i < length; i++) {
            switch (text.charAt(i)) {
                case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی' -> persian++;
                case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے' -> urdu++;
                case 'ة', 'ي', 'ك', 'ى' -> arabic++;
                default -> { }
            }
        }
        if (urdu > 0 && urdu * 4 >= persian) {
            return "ur";
        }
        return persian > arabic ? "fa" : "ar";
    }

    /** Letters per writing system in the sample, counted in an array indexed by the script (no boxed count per letter). */
    private record ScriptCounts(int[] counts) {

        private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

        static ScriptCounts of(String text, int length) {
            int[] counts = new int[SCRIPTS.length];
            for (int i = 0; i < length; ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isLetter(cp) || Character.isIdeographic(cp)) {
                    Character.UnicodeScript script = cp < 0x250 ? Character.UnicodeScript.LATIN : Character.UnicodeScript.of(cp);
                    counts[script.ordinal()]++;
                }
            }
            return new ScriptCounts(counts);
        }

        int count(Character.UnicodeScript script) {
            return counts[script.ordinal()];
        }

        /** The script with the most letters (the first in the JDK's order on a tie); COMMON when there are none. */
        Character.UnicodeScript dominant() {
            Character.UnicodeScript best = Character.UnicodeScript.COMMON;
            int most = 0;
            for (int k = 0; k < counts.length; k++) {
                if (counts[k] > most) {
                    best = SCRIPTS[k];
                    most = counts[k];
                }
            }
            return best;
        }
    }
}
