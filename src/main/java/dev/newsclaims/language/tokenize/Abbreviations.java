package dev.newsclaims.language.tokenize;

import java.util.List;

/**
 * The abbreviations whose period is no full stop, in one place. Four lists, because four readers ask different
 * questions and each list is kept as measured (merging them moves sentence ends): the tokenizer compares words as
 * written, so "No. 10" keeps its period and "he said no." ends; the extraction stages' sentence splitter compares
 * lower-case words and knows dotted forms ("e.g", "u.s"); the extraction tokens keep the period of a title before a
 * name, and of a company suffix only when the sentence goes on.
 */
public final class Abbreviations {

    private Abbreviations() {}

    /** Words the tokenizer keeps a following period with (compared case-sensitively, without the period). */
    public static final List<String> TOKENIZER = List.of(
            "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Lt",
            "Col", "Sgt", "Capt", "Cpl", "Pvt", "Adm", "Maj", "Cmdr", "Supt", "Atty", "Pres", "Amb", "Hon", "Fr",
            "St", "Ste", "Mt", "Ft", "Jr", "Sr", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Assn", "Dept", "Univ",
            "Ave", "Blvd", "Rd", "Hwy", "No", "Nos", "Vol", "vs", "v", "etc", "al", "approx", "est", "ca", "cf",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
            "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn",
            "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc", "Wyo", "Ida");

    /** Words that end with a period without ending the sentence. Lower-case, without the period. */
    public static final List<String> SENTENCE_SPLITTER = List.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
            "adm", "maj", "rev", "st", "jr", "sr", "mt", "ft", "no", "nos", "vs", "v", "etc", "inc", "corp",
            "co", "ltd", "bros", "dept", "univ", "assn", "est", "approx", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs",
            "fri", "sat", "sun", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
            "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
            "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "pres",
            "supt", "atty", "gens", "reps", "sens", "messrs", "mme", "mlle", "op", "cf", "al", "fig", "pp",
            "vol", "ed", "eds", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c", "e.u");

    /** Abbreviated titles whose period is part of the word; the lower-case form leaves the period out. */
    public static final List<String> TITLES = List.of("mr", "mrs", "ms", "dr", "rev", "sen", "gov",
            "rep", "gen", "lt", "col", "sgt", "capt", "prof", "st", "jr", "sr", "adm", "maj", "cmdr", "supt", "atty");

    /** Company suffixes whose period is part of the name when the sentence goes on after it. */
    public static final List<String> COMPANY_SUFFIXES = List.of("corp", "inc", "co", "ltd", "bros", "cos");
}
