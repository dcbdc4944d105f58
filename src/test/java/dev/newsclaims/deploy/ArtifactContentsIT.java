package dev.newsclaims.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsclaims.local.FunctionProcess;
import dev.newsclaims.local.LocalPaths;
import dev.newsclaims.local.SummarizeCli;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What the built artifacts carry: the dependency parser's model (the largest resource) ships in summarize.jar, whose
 * --analyze reads it, and is left out of function.zip, whose functions only tag; inside the zip, nothing but the
 * language stage and the command line names the parser, and asking the zip for it fails with a message saying where
 * the model is.
 */
class ArtifactContentsIT {

    private static final String MODEL = "dev/newsclaims/language/syntax/parser.model.gz";
    private static final Path TARGET = LocalPaths.projectRoot().resolve("target");

    @Test
    void theParserModelShipsInSummarizeJarAndNotInFunctionZip() throws Exception {
        List<String> zipEntries = entries(TARGET.resolve("function.zip"));
        assertThat(zipEntries).doesNotContain(MODEL)
                .as("the tagging models stay").contains("dev/newsclaims/language/pos-en.bin");
        assertThat(zipEntries.stream().filter(e -> e.endsWith(".model.gz") && e.contains("/syntax/"))).isEmpty();
        assertThat(entries(TARGET.resolve("summarize.jar"))).contains(MODEL);
    }

    @Test
    void summarizeJarAnalyzesWithTheParser() throws Exception {
        SummarizeCli.Run run = SummarizeCli.runJar(TARGET.resolve("summarize.jar"),
                SummarizeCli.ANALYZE_INPUT.getBytes(StandardCharsets.UTF_8), "--jsonl", "--analyze");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.json()).hasSize(1);
        SummarizeCli.assertParsedIntoTwoSentenceTrees(run.json().get(0));
    }

    @Test
    void theZipsParserFailsSayingWhereTheModelIs() throws Exception {
        Path taskRoot = FunctionProcess.unzip(TARGET.resolve("function.zip"), TARGET.resolve("artifact-contents-it"));
        try (URLClassLoader zip = new URLClassLoader(new URL[] {taskRoot.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> pipeline = Class.forName("dev.newsclaims.language.LanguagePipeline", true, zip);
            assertThat(pipeline.getMethod("tagging").invoke(null)).as("the functions' pipeline loads").isNotNull();

            InvocationTargetException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
                    InvocationTargetException.class, () -> pipeline.getMethod("standard").invoke(null));

            assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(MODEL).hasMessageContaining("summarize.jar");
        }
    }

    @Test
    void insideTheZipOnlyTheLanguageStageAndTheCommandLineReachTheParser() throws Exception {
        List<String> reaching = new ArrayList<>();
        try (ZipFile zip = new ZipFile(TARGET.resolve("function.zip").toFile())) {
            for (var entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("dev/newsclaims/language/")
                        || name.startsWith("dev/newsclaims/cli/")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (referencesParser(new DataInputStream(in))) {
                        reaching.add(name);
                    }
                }
            }
        }
        assertThat(reaching).as("classes that name the syntax stage or the parsing pipeline").isEmpty();
        try (ZipFile zip = new ZipFile(TARGET.resolve("function.zip").toFile());
                InputStream command = zip.getInputStream(zip.getEntry("dev/newsclaims/cli/SummarizeCommand.class"))) {
            assertThat(referencesParser(new DataInputStream(command))).as("the command line's --analyze is seen").isTrue();
        }
    }

    /** Reads a class file's constant pool: a class of the syntax package, or a call of LanguagePipeline.standard(). */
    private static boolean referencesParser(DataInputStream in) throws IOException {
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNames = new int[count];
        int[][] methodRefs = new int[count][];
        int[][] nameAndTypes = new int[count][];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 9, 17, 18 -> in.readInt();
                case 10, 11 -> methodRefs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 12 -> nameAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int i = 1; i < count; i++) {
            if (classNames[i] != 0 && utf8[classNames[i]].startsWith("dev/newsclaims/language/syntax/")) {
                return true;
            }
            if (methodRefs[i] != null) {
                String owner = utf8[classNames[methodRefs[i][0]]];
                String method = utf8[nameAndTypes[methodRefs[i][1]][0]];
                if ("dev/newsclaims/language/LanguagePipeline".equals(owner) && "standard".equals(method)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> entries(Path archive) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            return Collections.list(zip.entries()).stream().map(e -> e.getName()).toList();
        }
    }
}
