package dev.newsclaims.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The whole input path, bytes → text → summary, on arbitrary bytes: never throws, never an invalid span. */
class InputPathPropertiesTest {

    private final ArticleDecoder decoder = new ArticleDecoder();
    private final Extractor extractor = new Extractor();

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(null, "text/plain", "text/html", "text/markdown", "application/octet-stream",
                "text/plain; charset=utf-16", "text/plain; charset=bogus", "text/html; charset=windows-1252");
    }

    @Provide
    Arbitrary<byte[]> newsLikeBytes() {
        Arbitrary<String> pieces = Arbitraries.of("\u201c", "\u201d", "\"", "'", "\u2019", "\u00ab", "\u00bb", " said ",
                " told reporters ", "According to ", "Mr. ", "NATO", "<p>", "</p>", "<script>", "# ", "**", "\r\n",
                "\n\n", ". ", "\u2014", "He ", "the minister ", "\u00e9", "\uD83D\uDE00", "\u0000", "Jens Stoltenberg");
        return pieces.list().ofMaxSize(300).map(list -> String.join("", list))
                .flatMap(s -> Arbitraries.of("UTF-8", "UTF-16LE", "windows-1252").map(cs -> s.getBytes(java.nio.charset.Charset.forName(cs))));
    }

    @Property(tries = 300)
    void arbitraryBytesNeverBreakTheInputPath(@ForAll @Size(max = 4000) byte[] bytes,
            @ForAll("contentTypes") String contentType) {
        check(bytes, contentType);
    }

    @Property(tries = 300)
    void newsLikeBytesNeverBreakTheInputPath(@ForAll("newsLikeBytes") byte[] bytes, @ForAll("contentTypes") String contentType) {
        check(bytes, contentType);
    }

    private void check(byte[] bytes, String contentType) {
        IngestedArticle article = decoder.decode(bytes, contentType, "key");
        assertThat(article.status()).isNotNull();
        if (article.status() != IngestedArticle.Status.TEXT) {
            assertThat(article.reason()).isNotBlank();
            return;
        }
        ArticleSummary summary = extractor.extract("id", article.text(), null);
        String text = article.text();
        for (Claim claim : summary.claims()) {
            assertThat(claim.start()).isBetween(0, claim.end());
            assertThat(claim.end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(claim.start(), claim.end())).isEqualTo(claim.text());
            if (claim.mention() != null) {
                assertThat(text.substring(claim.mention().start(), claim.mention().end())).isEqualTo(claim.mention().text());
            }
        }
    }
}
