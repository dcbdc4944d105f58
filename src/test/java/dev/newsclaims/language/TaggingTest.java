package dev.newsclaims.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts of speech, lemmas and names on plain cases. */
class TaggingTest {

    private final LanguagePipeline pipeline = LanguagePipeline.standard();

    private static int find(AnalyzedText a, String word) {
        for (int i = 0; i < a.size(); i++) {
            if (a.word(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not a token");
    }

    @Test
    void partsOfSpeech() {
        AnalyzedText a = pipeline.analyze("The new mayor said on Tuesday that the bridges would reopen quickly.");
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            tags.add(a.pos(i));
        }
        assertThat(tags).containsExactly("DT", "JJ", "NN", "VBD", "IN", "NNP", "IN", "DT", "NNS", "MD", "VB", "RB",
                ".");
    }

    @Test
    void lemmasOfInflectedCueVerbsAndNouns() {
        AnalyzedText a = pipeline.analyze("She said he told officials that the company argues its case and denied "
                + "the claims, insisting the figures were wrong.");
        assertThat(a.lemma(find(a, "said"))).isEqualTo("say");
        assertThat(a.lemma(find(a, "told"))).isEqualTo("tell");
        assertThat(a.lemma(find(a, "argues"))).isEqualTo("argue");
        assertThat(a.lemma(find(a, "denied"))).isEqualTo("deny");
        assertThat(a.lemma(find(a, "insisting"))).isEqualTo("insist");
        assertThat(a.lemma(find(a, "officials"))).isEqualTo("official");
        assertThat(a.lemma(find(a, "figures"))).isEqualTo("figure");
        assertThat(a.lemma(find(a, "were"))).isEqualTo("be");
    }

    @Test
    void names() {
        AnalyzedText a = pipeline.analyze("Maria Hernandez, a spokeswoman for the World Health Organization, said "
                + "in Geneva that Canada would send more doctors.");
        List<String> found = new ArrayList<>();
        for (var name : a.names()) {
            found.add(a.text().substring(name.start(), name.end()) + "/" + name.type().label());
        }
        assertThat(found).contains("Maria Hernandez/person", "World Health Organization/organization",
                "Geneva/place", "Canada/place");
        assertThat(a.nameType(find(a, "spokeswoman"))).isNull();
        assertThat(a.nameType(find(a, "doctors"))).isNull();
    }

    @Test
    void sameAnalysisEveryTime() {
        String text = "Senator Ruth Adeyemi told reporters in Ottawa that the bill “will pass.”";
        AnalyzedText first = pipeline.analyze(text);
        AnalyzedText second = pipeline.analyze(text);
        assertThat(second.size()).isEqualTo(first.size());
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.pos(i)).isEqualTo(first.pos(i));
            assertThat(second.nameType(i)).isEqualTo(first.nameType(i));
            assertThat(second.head(i)).isEqualTo(first.head(i));
            assertThat(second.deprel(i)).isEqualTo(first.deprel(i));
        }
        assertThat(first.hasSyntax()).isTrue();
        assertThat(first.deprel(find(first, "told"))).isEqualTo("root");
    }

    @Test
    void aSyntaxStagePlugsIn() {
        LanguagePipeline withHeads = pipeline.withSyntax(text -> {
            for (int s = 0; s < text.sentenceCount(); s++) {
                for (int i = text.sentenceStart(s) + 1; i < text.sentenceEnd(s); i++) {
                    text.setHead(i, text.sentenceStart(s), "dep");
                }
            }
            text.markSyntaxFilled();
        });
        AnalyzedText a = withHeads.analyze("Prices rose. Shares fell.");
        assertThat(a.hasSyntax()).isTrue();
        assertThat(a.head(find(a, "rose"))).isEqualTo(find(a, "Prices"));
        assertThat(a.head(find(a, "fell"))).isEqualTo(find(a, "Shares"));
        assertThat(a.deprel(find(a, "fell"))).isEqualTo("dep");
        assertThat(a.head(find(a, "Shares"))).isEqualTo(-1);
    }
}
