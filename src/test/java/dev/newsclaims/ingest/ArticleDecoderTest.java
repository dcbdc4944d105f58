package dev.newsclaims.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleDecoderTest {

    private final ArticleDecoder decoder = new ArticleDecoder();
    private static final String ARTICLE = "Storm hits coast\n\n\u201cWe lost everything,\u201d said Zo\u00eb M\u00fcller, 42.";

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);

        assertThat(decoder.decode(plain, "text/plain", "a.txt").text()).isEqualTo(ARTICLE);
        IngestedArticle withBom = decoder.decode(bom, null, "a.txt");
        assertThat(withBom.text()).isEqualTo(ARTICLE);
        assertThat(withBom.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithBomInBothByteOrders() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE));

        assertThat(decoder.decode(le, null, "a.txt").text()).isEqualTo(ARTICLE);
        assertThat(decoder.decode(be, null, "a.txt").text()).isEqualTo(ARTICLE);
    }

    @Test
    void windows1252AndLatin1AreDetected() {
        byte[] cp1252 = ARTICLE.getBytes(Charset.forName("windows-1252"));
        IngestedArticle decoded = decoder.decode(cp1252, "text/plain", "legacy.txt");

        assertThat(decoded.text()).isEqualTo(ARTICLE);
        assertThat(decoded.charset()).isEqualTo("windows-1252");
        assertThat(decoder.decode("caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1), null, "x.txt").text())
                .isEqualTo("caf\u00e9 cr\u00e8me");
    }

    @Test
    void theDeclaredCharsetIsHonoured() {
        byte[] latin = "na\u00efve".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(decoder.decode(latin, "text/plain; charset=ISO-8859-1", null).text()).isEqualTo("na\u00efve");
    }

    @Test
    void invalidSequencesInUtf8TextLoseOnlyThemselves() {
        byte[] damaged = concat("\u201cFirst part\u201d ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28},
                " and the \u00e9nd.".getBytes(StandardCharsets.UTF_8));

        String text = decoder.decode(damaged, null, "x.txt").text();

        assertThat(text).startsWith("\u201cFirst part\u201d ").endsWith(" and the \u00e9nd.").contains("\uFFFD");
    }

    @Test
    void binaryFilesAreUnsupportedWhateverTheirName() {
        assertThat(decoder.decode("%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII), "text/plain", "story.txt"))
                .extracting(IngestedArticle::status, IngestedArticle::detectedType)
                .containsExactly(IngestedArticle.Status.UNSUPPORTED, "application/pdf");
        assertThat(decoder.decode(java.util.Arrays.copyOf(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, 40), null, "story.docx").detectedType())
                .isEqualTo("application/zip");
        assertThat(decoder.decode(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, null, "run").detectedType())
                .isEqualTo("application/x-executable");
        assertThat(decoder.decode(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, null, "a.jpg").detectedType())
                .isEqualTo("image/jpeg");
        assertThat(decoder.decode(new byte[] {1, 2, 3, 0, 5, 6, 7, 8}, null, "blob").status())
                .isEqualTo(IngestedArticle.Status.UNSUPPORTED);
    }

    @Test
    void emptyAndWhitespaceAreEmpty() {
        assertThat(decoder.decode(new byte[0], null, "e.txt").status()).isEqualTo(IngestedArticle.Status.EMPTY);
        assertThat(decoder.decode(" \r\n\t\n".getBytes(StandardCharsets.UTF_8), null, "e.txt").status())
                .isEqualTo(IngestedArticle.Status.EMPTY);
        assertThat(decoder.decode("<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "text/html", null).status()).isEqualTo(IngestedArticle.Status.EMPTY);
    }

    @Test
    void htmlKeepsHeadlineAndParagraphsAndDropsTheRest() {
        String html = """
                <!doctype html><html><head><title>Site | Storm</title><style>p{color:red}</style></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <header>Subscribe now</header>
                <article><h1>Storm hits coast</h1>
                <p>Heavy rain flooded <b>300</b> homes, officials said.</p>
                <p>&ldquo;We lost everything,&rdquo; said a resident.</p>
                <aside>Related: other storms</aside><script>track()</script></article>
                <footer>&copy; 2026</footer></body></html>
                """;

        IngestedArticle article = decoder.decode(html.getBytes(StandardCharsets.UTF_8), null, "story");

        assertThat(article.format()).isEqualTo("html");
        assertThat(article.text()).isEqualTo("Storm hits coast\n\nHeavy rain flooded 300 homes, officials said.\n\n"
                + "\u201cWe lost everything,\u201d said a resident.");
    }

    @Test
    void markdownMarkupIsStripped() {
        String md = "# Storm hits coast\n\nHeavy rain flooded **300** homes, [officials](https://x.example/a) said.\n\n"
                + "> \u201cWe lost everything,\u201d said a resident.\n\n- first point\n";

        String text = decoder.decode(md.getBytes(StandardCharsets.UTF_8), "text/markdown", null).text();

        assertThat(text).isEqualTo("Storm hits coast\n\nHeavy rain flooded 300 homes, officials said.\n\n"
                + "\u201cWe lost everything,\u201d said a resident.\n\nfirst point");
    }

    @Test
    void validUtf8WinsOverADeclaredCharsetThatSaysOtherwise() {
        byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);

        IngestedArticle decoded = decoder.decode(utf8, "text/plain; charset=windows-1252", "a.txt");

        assertThat(decoded.text()).isEqualTo(ARTICLE);
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void aLatin1LabelReadsWindows1252QuotesAsBrowsersDo() {
        byte[] cp1252 = ARTICLE.getBytes(Charset.forName("windows-1252"));

        assertThat(decoder.decode(cp1252, "text/plain; charset=ISO-8859-1", "a.txt").text()).isEqualTo(ARTICLE);
    }

    @Test
    void anArticleInAnotherLanguageIsRefusedWithItsLanguage() {
        String spanish = "El alcalde dijo el martes que el puente volver\u00e1 a abrir en mayo, despu\u00e9s de unas obras que"
                + " costaron cuatro millones de euros y que terminaron antes de lo previsto, seg\u00fan el ayuntamiento.";

        IngestedArticle article = decoder.decode(spanish.getBytes(StandardCharsets.UTF_8), "text/plain", "a.txt");

        assertThat(article.status()).isEqualTo(IngestedArticle.Status.UNSUPPORTED_LANGUAGE);
        assertThat(article.language()).isEqualTo("es");
        assertThat(article.reason()).isEqualTo("the article is written in Spanish (es); only English articles are summarised");
        assertThat(article.text()).isEmpty();
        // Too few words to tell, in Latin script: summarised, and said to be undetermined.
        assertThat(decoder.decode(ARTICLE.getBytes(StandardCharsets.UTF_8), null, "a.txt"))
                .extracting(IngestedArticle::status, IngestedArticle::language)
                .containsExactly(IngestedArticle.Status.TEXT, "und");
    }
}
