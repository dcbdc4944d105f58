package dev.newsclaims.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's files are, whether run by Maven (basedir) or from the IDE (working directory). */
public final class LocalPaths {

    private LocalPaths() {}

    public static Path projectRoot() {
        String basedir = System.getProperty("basedir");
        Path start = Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("template.yaml")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return start;
    }

    public static Path events() {
        return projectRoot().resolve("events");
    }

    public static Path dynaliteHome() {
        return projectRoot().resolve("src/test/dynalite");
    }
}
