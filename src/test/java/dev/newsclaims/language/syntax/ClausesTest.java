package dev.newsclaims.language.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.LanguagePipeline;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Subjects, complements and parentheticals read off the shipped parser's trees. */
class ClausesTest {
    private final DependencyParser parser = DependencyParser.standard();

    private record Parsed(String[] words, Clauses clauses) {
        int index(String word) {
            return Arrays.asList(words).indexOf(word);
        }

        String span(int[] extent) {
            return String.join(" ", Arrays.copyOfRange(words, extent[0], extent[1] + 1));
        }
    }

    private Parsed parse(String words, String tags) {
        String[] w = words.split(" ");
        String[] t = tags.split(" ");
        return new Parsed(w, new Clauses(parser.parse(w, t), w, t));
    }

    @Test
    void subjectWithTitleAndAppositions() {
        Parsed p = parse("Sen. Debbie Walsh , D-Ohio , a member of the finance committee , said the rules will apply .",
                "NNP NNP NNP , NNP , DT NN IN DT NN NN , VBD DT NNS MD VB .");
        int said = p.index("said");
        assertThat(p.span(p.clauses().subject(said)))
                .isEqualTo("Sen. Debbie Walsh , D-Ohio , a member of the finance committee");
        assertThat(p.words()[p.clauses().subjectHead(said)]).isEqualTo("Walsh");
        assertThat(p.clauses().complement(said)).isEqualTo(Clauses.Complement.CLAUSE);
    }

    @Test
    void subjectWithRelativeClause() {
        Parsed p = parse("The official who leads the inquiry told reporters the report was late .",
                "DT NN WP VBZ DT NN VBD NNS DT NN VBD JJ .");
        int told = p.index("told");
        assertThat(p.span(p.clauses().subject(told))).isEqualTo("The official who leads the inquiry");
    }

    @Test
    void nounPhraseComplement() {
        Parsed p = parse("Suncor reported a profit .", "NNP VBD DT NN .");
        int reported = p.index("reported");
        assertThat(p.clauses().complement(reported)).isEqualTo(Clauses.Complement.NOUN_PHRASE);
        assertThat(p.span(p.clauses().subject(reported))).isEqualTo("Suncor");
    }

    @Test
    void clauseComplement() {
        Parsed p = parse("She said the rules will apply .", "PRP VBD DT NNS MD VB .");
        assertThat(p.clauses().complement(p.index("said"))).isEqualTo(Clauses.Complement.CLAUSE);
        assertThat(p.clauses().parentheticalHost(p.index("said"))).isEqualTo(-1);
    }

    @Test
    void questionComplement() {
        Parsed p = parse("She asked whether the rules would apply .", "PRP VBD IN DT NNS MD VB .");
        assertThat(p.clauses().complement(p.index("asked"))).isEqualTo(Clauses.Complement.WH_CLAUSE);
    }

    @Test
    void quotationComplement() {
        Parsed after = parse("She said : \" We will win . \"", "PRP VBD : `` PRP MD VB . ''");
        assertThat(after.clauses().complement(after.index("said"))).isEqualTo(Clauses.Complement.QUOTATION);
        Parsed before = parse("\" We will win , \" she said .", "`` PRP MD VB , '' PRP VBD .");
        assertThat(before.clauses().complement(before.index("said"))).isEqualTo(Clauses.Complement.QUOTATION);
    }

    @Test
    void noComplement() {
        Parsed p = parse("The senator smiled .", "DT NN VBD .");
        assertThat(p.clauses().complement(p.index("smiled"))).isEqualTo(Clauses.Complement.NONE);
    }

    @Test
    void parentheticalAttachesToTheHostVerb() {
        Parsed p = parse("The rules , she said , will apply .", "DT NNS , PRP VBD , MD VB .");
        int said = p.index("said");
        assertThat(p.clauses().parentheticalHost(said)).isEqualTo(p.index("apply"));
        assertThat(p.span(p.clauses().subject(said))).isEqualTo("she");
    }

    @Test
    void conjoinedVerbSharesTheSubject() {
        Parsed p = parse("The minister resigned and said the rules were unfair .", "DT NN VBD CC VBD DT NNS VBD JJ .");
        assertThat(p.span(p.clauses().subject(p.index("said")))).isEqualTo("The minister");
    }

    @Test
    void fromTheLanguagePipeline() {
        AnalyzedText text = LanguagePipeline.standard().analyze(
                "Prices rose sharply. Sen. Debbie Walsh, a member of the finance committee, said the rules will apply.");
        assertThat(text.hasSyntax()).isTrue();
        assertThat(text.sentenceCount()).isEqualTo(2);
        int first = text.sentenceStart(1);
        int said = -1;
        for (int i = first; i < text.sentenceEnd(1); i++) {
            if (text.word(i).equals("said")) {
                said = i - first;
            }
        }
        Clauses clauses = Clauses.of(text, 1);
        int[] subject = clauses.subject(said);
        assertThat(text.text().substring(text.start(first + subject[0]), text.end(first + subject[1])))
                .isEqualTo("Sen. Debbie Walsh, a member of the finance committee");
        assertThat(clauses.complement(said)).isEqualTo(Clauses.Complement.CLAUSE);
    }
}
