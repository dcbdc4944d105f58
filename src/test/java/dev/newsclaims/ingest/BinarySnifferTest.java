package dev.newsclaims.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BinarySnifferTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void newsOpeningWithAFileSignatureAsAWordIsText() {
        for (String opening : List.of("MZUZU, Malawi (Reuters) - Flooding displaced thousands on Sunday, officials said.",
                "SQLite 3.45 released with faster JSON functions, its developers said.",
                "PK 3 4 won the regional final, the league said.", "%PDF files are everywhere, said the archivist.",
                "GIF8 remains popular, the report said.", "Rar! is the sound of the crowd, he said.",
                "BZh is a ticker symbol.", "ID3 tags were fixed in the update.", "OggS is a container format name.",
                "MZ", "7z archives are common.", "RIFF raff, said the critic.", "\u007FELF")) {
            assertThat(BinarySniffer.detect(ascii(opening))).as(opening).isNull();
        }
    }

    @Test
    void realSignaturesAreRecognised() {
        byte[] pe = new byte[256];
        pe[0] = 'M';
        pe[1] = 'Z';
        ByteBuffer.wrap(pe).order(ByteOrder.LITTLE_ENDIAN).putInt(0x3C, 0x80);
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, pe, 0x80, 4);
        byte[] zip = Arrays.copyOf(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, 40);
        byte[] sqlite = Arrays.copyOf(ascii("SQLite format 3\0"), 100);
        byte[] bzip2 = Arrays.copyOf(new byte[] {'B', 'Z', 'h', '9', 0x31, 0x41, 0x59, 0x26, 0x53, 0x59}, 40);
        byte[] rar = Arrays.copyOf(new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07, 0x00}, 20);
        byte[] id3 = Arrays.copyOf(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0}, 20);

        assertThat(BinarySniffer.detect(pe)).isEqualTo("application/x-msdownload");
        assertThat(BinarySniffer.detect(zip)).isEqualTo("application/zip");
        assertThat(BinarySniffer.detect(sqlite)).isEqualTo("application/vnd.sqlite3");
        assertThat(BinarySniffer.detect(bzip2)).isEqualTo("application/x-bzip2");
        assertThat(BinarySniffer.detect(rar)).isEqualTo("application/vnd.rar");
        assertThat(BinarySniffer.detect(id3)).isEqualTo("audio/mpeg");
        assertThat(BinarySniffer.detect(ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"))).isEqualTo("application/pdf");
        assertThat(BinarySniffer.detect(ascii("GIF89a\u0001\u0000\u0001\u0000"))).isEqualTo("image/gif");
        assertThat(BinarySniffer.detect(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0})).isEqualTo("application/x-executable");
        assertThat(BinarySniffer.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
                .isEqualTo("image/png");
    }

    @Test
    void anMzFileWithoutAPeHeaderWhereItPointsIsNotCalledAnExecutable() {
        byte[] text = ascii(("MZ" + "uzu, Malawi. ".repeat(10)));

        assertThat(BinarySniffer.detect(text)).isNull();
    }

    /** Openings of news text, including words that begin like file signatures, in the encodings articles arrive in. */
    private static Gen<byte[]> textOpenings() {
        Gen<String> signatureWords = Generate.pick(List.of("MZ", "MZUZU,", "SQLite", "SQLite format 3", "PK", "PKK", "%PDF",
                "%PDF-", "GIF8", "GIF89", "Rar!", "BZh9", "BZh", "ID3", "OggS", "RIFF", "7z", "ELF", "PE", "CAFE", ""));
        Gen<String> words = Generate.pick(List.of("Malawi", "(Reuters)", "-", "\u2014", "released", "on", "Monday", "said",
                "\u201cWe", "won,\u201d", "3.45", "1", "0", "the", "minister", "\u00e9t\u00e9", "Z\u00fcrich", "PE", "ftyp",
                "\n", "\r\n", "\t", "\"", "'", "%", "!"));
        Gen<String> randomText = strings().basicLatinAlphabet().ofLengthBetween(0, 40);
        Gen<String> text = signatureWords.zip(lists().of(words).ofSizeBetween(0, 30), randomText,
                (first, rest, tail) -> first + " " + String.join(" ", rest) + tail);
        Gen<Charset> charsets = Generate.pick(List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
                StandardCharsets.ISO_8859_1));
        return text.zip(charsets, String::getBytes);
    }

    @Test
    void textIsNeverRefusedAsBinary() {
        qt().withExamples(2000).forAll(textOpenings())
                .checkAssert(bytes -> assertThat(BinarySniffer.detect(bytes)).as(new String(bytes, StandardCharsets.ISO_8859_1))
                        .isNull());
    }
}
