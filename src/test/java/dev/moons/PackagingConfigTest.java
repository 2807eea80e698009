package dev.moons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The app image's settings (src/packaging/image.conf), bin/moons-lab and the pom name the same app and flags. */
class PackagingConfigTest {
    private static final Path POM = Path.of("pom.xml");
    private static final Path CONF = Path.of("src/packaging/image.conf");

    @Test
    void imageJvmFlagsAreTheWindowsFlagsFromThePom() throws IOException {
        List<String> pomFlags = matches(Files.readString(POM), "<option>(-[^<]+)</option>").stream()
                .filter(o -> !o.startsWith("--add-"))
                .collect(Collectors.toList());
        List<String> imageFlags = Arrays.asList(confValue("JAVA_OPTIONS").split("\\s+"));
        assertEquals(pomFlags, imageFlags);
        String bench = Files.readString(Path.of("bench/ui-bench.sh"));
        assertTrue(bench.contains("source src/packaging/image.conf && echo \"$JAVA_OPTIONS\""),
                "bench/ui-bench.sh runs the app with image.conf's flags");
    }

    @Test
    void developerScriptRunsThePomsMainClassWithTheImageSettings() throws IOException {
        String script = Files.readString(Path.of("bin/moons-lab"));
        String mainClass = matches(Files.readString(POM), "<main.class>([^<]+)</main.class>").get(0);
        assertTrue(script.contains(" " + mainClass + " \"$@\""), "bin/moons-lab runs " + mainClass);
        assertTrue(script.contains("src/packaging/image.conf"), "bin/moons-lab reads image.conf");
        assertTrue(script.contains("target/dist/$IMAGE_NAME/bin/$IMAGE_NAME"), "bin/moons-lab prefers the image");
    }

    @Test
    void packageStepsAreExecutableAndTheArchiveIsTheOneTheLauncherNames() throws IOException {
        String build = Files.readString(Path.of("src/packaging/build-image.sh"));
        assertTrue(Files.readString(POM).contains("src/packaging/build-image.sh"), "mvn package calls build-image.sh");
        for (String script : List.of("bin/moons-lab", "src/packaging/build-image.sh",
                "src/packaging/record-classes.sh", "src/packaging/make-cds", "src/packaging/deb/postinst",
                "src/packaging/deb/prerm")) {
            assertTrue(Files.isExecutable(Path.of(script)), script + " is executable");
        }
        assertTrue(build.contains("-XX:SharedArchiveFile=\\$APPDIR/$CDS_ARCHIVE"), "launcher names the archive");
        assertTrue(Files.readString(Path.of("src/packaging/make-cds")).contains("lib/app/" + confValue("CDS_ARCHIVE")),
                "make-cds writes the archive the launcher names");
    }

    @Test
    void theImageLauncherStartsTheMainClassWithTheImageFlagsAndTheArchive() throws IOException {
        String launcher = Files.readString(Path.of("src/packaging/launcher"));
        String build = Files.readString(Path.of("src/packaging/build-image.sh"));
        assertTrue(Files.isExecutable(Path.of("src/packaging/launcher")), "src/packaging/launcher is executable");
        for (String placeholder : List.of("@JAVA_OPTIONS@", "@CDS_ARCHIVE@",
                "@CLASS_PATH@", "@MAIN_CLASS@", "@APP_VERSION@", "@IMAGE_NAME@")) {
            assertTrue(launcher.contains(placeholder), "the launcher has " + placeholder);
            assertTrue(build.contains("s|" + placeholder + "|"), "build-image.sh fills in " + placeholder);
        }
        assertTrue(launcher.contains("-XX:SharedArchiveFile=\"$app/lib/app/@CDS_ARCHIVE@\""),
                "the launcher names the archive make-cds writes");
        assertTrue(launcher.contains("@MAIN_CLASS@ \"$@\""), "the launcher passes its arguments on");
    }

    private static String confValue(String key) throws IOException {
        String raw = matches(Files.readString(CONF), "(?m)^" + key + "=(.*)$").get(0);
        return raw.replaceAll("^\"|\"$", "");
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1).trim());
        }
        return found;
    }
}
