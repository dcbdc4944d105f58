package dev.newsclaims.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.newsclaims.extract.Extractor;
import dev.newsclaims.model.ArticleSummary;
import dev.newsclaims.model.Claim;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The whole input path, bytes → text → summary, on arbitrary bytes: never throws, never an invalid span. */
class InputPathPropertiesTest {

    private final ArticleDecoder decoder = new ArticleDecoder();
    private final Extractor extractor = new Extractor();

    private static Gen<Optional<String>> contentTypes() {
        return Generate.pick(List.of("text/plain", "text/html", "text/markdown", "application/octet-stream",
                "text/plain; charset=utf-16", "text/plain; charset=bogus", "text/html; charset=windows-1252")).toOptionals(20);
    }

    private static Gen<byte[]> anyBytes() {
        return Generate.byteArrays(Generate.range(0, 4000), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    private static Gen<byte[]> newsLikeBytes() {
        Gen<String> pieces = Generate.pick(List.of("\u201c", "\u201d", "\"", "'", "\u2019", "\u00ab", "\u00bb", " said ",
                " told reporters ", "According to ", "Mr. ", "NATO", "<p>", "</p>", "<script>", "# ", "**", "\r\n",
                "\n\n", ". ", "\u2014", "He ", "the minister ", "\u00e9", "\uD83D\uDE00", "\u0000", "Jens Stoltenberg"));
        Gen<String> text = lists().of(pieces).ofSizeBetween(0, 300).map(list -> String.join("", list));
        Gen<Charset> charsets = Generate.pick(Arrays.asList(Charset.forName("UTF-8"), Charset.forName("UTF-16LE"),
                Charset.forName("windows-1252")));
        return text.zip(charsets, String::getBytes);
    }

    @Test
    void arbitraryBytesNeverBreakTheInputPath() {
        qt().withExamples(300).forAll(anyBytes(), contentTypes()).checkAssert((bytes, type) -> check(bytes, type.orElse(null)));
    }

    @Test
    void newsLikeBytesNeverBreakTheInputPath() {
        qt().withExamples(300).forAll(newsLikeBytes(), contentTypes()).checkAssert((bytes, type) -> check(bytes, type.orElse(null)));
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
