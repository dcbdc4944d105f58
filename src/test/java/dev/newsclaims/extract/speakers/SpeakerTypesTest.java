package dev.newsclaims.extract.speakers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.extract.text.NameTags;
import dev.newsclaims.language.AnalyzedText;
import dev.newsclaims.language.NameType;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Speaker types come from the name tagger where it names the words; word lists add titles and roles. */
class SpeakerTypesTest {

    /** A text split on spaces into one sentence, each word tagged "WORD/POS/TYPE" (TYPE may be "-"). */
    private static AnalyzedText tagged(String... words) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String w : words) {
            String form = w.split("/")[0];
            if (text.length() > 0) {
                text.append(' ');
            }
            spans.add(new int[] {text.length(), text.length() + form.length()});
            text.append(form);
        }
        int n = words.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
        }
        AnalyzedText a = new AnalyzedText(text.toString(), starts, ends, new int[] {0, n});
        for (int i = 0; i < n; i++) {
            String[] parts = words[i].split("/");
            a.setPos(i, parts[1]);
            a.setNameType(i, parts[2].equals("-") ? null : NameType.valueOf(parts[2]));
        }
        return a;
    }

    private static SourceMention nameAt(AnalyzedText a, int fromToken, int toToken, String name, String role) {
        return new SourceMention(a.start(fromToken), a.end(toToken), SourceMention.Form.NAME, name, role, null,
                "person", name.substring(name.lastIndexOf(' ') + 1).toLowerCase());
    }

    @Test
    void aNameTheTaggerReadsAsAPlaceSpeaksAsThatPlace() {
        AnalyzedText a = tagged("Port/NNP/PLACE", "Hedland/NNP/PLACE", "said/VBD/-", "so/RB/-");
        SourceMention typed = new SpeakerTypes(new NameTags(a), a.text())
                .retype(nameAt(a, 0, 1, "Port Hedland", null));
        assertThat(typed.form()).isEqualTo(SourceMention.Form.PLACE);
        assertThat(typed.type()).isEqualTo("place");
        assertThat(typed.name()).isEqualTo("Port Hedland");
    }

    @Test
    void aNameTheTaggerReadsAsAnOrganisationSpeaksForIt() {
        AnalyzedText a = tagged("Quillon/NNP/ORGANIZATION", "Freight/NNP/ORGANIZATION", "said/VBD/-");
        SourceMention typed = new SpeakerTypes(new NameTags(a), a.text())
                .retype(nameAt(a, 0, 1, "Quillon Freight", null));
        assertThat(typed.type()).isEqualTo("organization");
        assertThat(typed.form()).isEqualTo(SourceMention.Form.ORGANIZATION);
    }

    @Test
    void aTitleOrAGivenNameOutweighsADoubtfulTag() {
        AnalyzedText a = tagged("Judge/NNP/-", "Orla/NNP/ORGANIZATION", "Banfield/NNP/ORGANIZATION", "ruled/VBD/-");
        NameTags names = new NameTags(a);
        SourceMention titled = nameAt(a, 0, 2, "Orla Banfield", "Judge");
        assertThat(new SpeakerTypes(names, a.text()).retype(titled)).isSameAs(titled);
    }

    @Test
    void theTaggersReadingAcrossTheArticleOutvotesOneMention() {
        AnalyzedText a = tagged("Kessler/NNP/PLACE", "said/VBD/-", "that/IN/-", "Kessler/NNP/PERSON",
                "and/CC/-", "Mira/NNP/PERSON", "Kessler/NNP/PERSON", "met/VBD/-");
        SourceMention first = nameAt(a, 0, 0, "Kessler", null);
        assertThat(new SpeakerTypes(new NameTags(a), a.text()).retype(first).type()).isEqualTo("person");
    }

    @Test
    void capitalisedWordsThatAreNoProperNounNameNobody() {
        AnalyzedText a = tagged("Undeterred/JJ/-", "said/VBD/-", "nothing/NN/-");
        assertThat(new SpeakerTypes(new NameTags(a), a.text()).retype(nameAt(a, 0, 0, "Undeterred", null))).isNull();
    }

    @Test
    void aRoleWordAloneIsARoleNotAName() {
        AnalyzedText a = tagged("Spokesman/NNP/-", "said/VBD/-");
        SourceMention typed = new SpeakerTypes(new NameTags(a), a.text()).retype(nameAt(a, 0, 0, "Spokesman", null));
        assertThat(typed.form()).isEqualTo(SourceMention.Form.TITLE);
        assertThat(typed.name()).isNull();
    }

    @Test
    void anOrganisationPhraseEndingInAPersonsNameIsThatPerson() {
        AnalyzedText a = tagged("Harbour/NNP/ORGANIZATION", "police/NNS/-", "Chief/NNP/-", "Tomas/NNP/PERSON",
                "Vey/NNP/PERSON", "said/VBD/-");
        SourceMention org = new SourceMention(a.start(0), a.end(4), SourceMention.Form.ORGANIZATION,
                "Harbour police Chief Tomas Vey", null, null, "organization", "vey");
        SourceMention typed = new SpeakerTypes(new NameTags(a), a.text()).retype(org);
        assertThat(typed.form()).isEqualTo(SourceMention.Form.NAME);
        assertThat(typed.name()).isEqualTo("Tomas Vey");
        assertThat(typed.type()).isEqualTo("person");
    }

    @Test
    void withoutTagsTheWordListsDecide() {
        AnalyzedText a = tagged("Quillon/NNP/ORGANIZATION", "said/VBD/-");
        SourceMention m = nameAt(a, 0, 0, "Quillon", null);
        assertThat(new SpeakerTypes(NameTags.NONE, a.text()).retype(m)).isSameAs(m);
    }

    @Test
    void partyTagsAreRecognised() {
        assertThat(SpeakerTypes.isPartyTag("D-Ohio")).isTrue();
        assertThat(SpeakerTypes.isPartyTag("R-N.Y.")).isTrue();
        assertThat(SpeakerTypes.isPartyTag("Jean-Luc")).isFalse();
        assertThat(SpeakerTypes.isPartyTag("Ohio")).isFalse();
    }

    /** The hand-written test says exactly what the pattern of a party tag says, on any word. */
    @Test
    void partyTagTestIsThePattern() {
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("[DRI]\\.?-[A-Z][A-Za-z.]*");
        for (String w : List.of("", "D", "D-", "D.", "D.-", "D-O", "D.-O", "D..-O", "D-o", "I-Vt.", "R-N.Y.", "R-N.Y.,",
                "R-Texas", "R–Texas", "X-Ohio", "D-Ohio2", "D-Ohio'", "DR-Ohio", "d-Ohio", "D-ÖHIO", "D-OÖ", "D-.")) {
            assertThat(SpeakerTypes.isPartyTag(w)).as(w).isEqualTo(tag.matcher(w).matches());
        }
        org.quicktheories.QuickTheory.qt().withExamples(20_000)
                .forAll(org.quicktheories.generators.SourceDSL.lists()
                        .of(org.quicktheories.generators.Generate.pick(List.of("D", "R", "I", "x", ".", "-", "–", "O",
                                "h", "Z", "a", "Ö", "'", "2", " ")))
                        .ofSizeBetween(0, 7).map(parts -> String.join("", parts)))
                .checkAssert(w -> assertThat(SpeakerTypes.isPartyTag(w)).as(w).isEqualTo(tag.matcher(w).matches()));
    }

    private static ArticleSummary run(String body) {
        return new Extractor().extract("t", "Council notes\n\n" + body, null);
    }

    @Test
    void thePartyTagAfterALegislatorsNameIsNoPartOfIt() {
        ArticleSummary s = run("Sen. Priya Lindqvist, D-Ohio, said the amendment would not survive the vote.");
        assertThat(s.speakers()).extracting(Speaker::name).containsExactly("Priya Lindqvist");
        assertThat(s.speakers().get(0).type()).isEqualTo("person");
    }

    @Test
    void aPartyTagBeforeAnAppositiveIsSteppedOver() {
        ArticleSummary s = run("Rep. Colm Arden, R-Texas, a member of the budget panel, said the plan had no votes.");
        assertThat(s.speakers()).extracting(Speaker::name).containsExactly("Colm Arden");
        assertThat(s.speakers().get(0).type()).isEqualTo("person");
    }

    @Test
    void aSpeakerKnownOnlyByARoleIsNotListedAsANamedPerson() {
        ArticleSummary s = run("Spokeswoman said the depot would close before winter.");
        assertThat(s.speakers()).isNotEmpty();
        assertThat(s.speakers()).allSatisfy(sp -> assertThat(sp.type()).isNotEqualTo("person"));
    }

    @Test
    void anAgeDescribingTheSpeakerIsNotAPersonsName() {
        ArticleSummary s = run("Rescuers reached the climber at dawn. The 52-year-old said he had run out of water.");
        assertThat(s.speakers()).allSatisfy(sp -> assertThat(sp.type()).isNotEqualTo("person"));
        assertThat(s.claims()).anySatisfy(c -> assertThat(c.text()).startsWith("he had run out of water"));
    }
}
