package cn.jiandang;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Habits of the code that no compiler checks (issue 18): no main class over 250 lines but the demo's seed data, and
 * imports instead of inline fully-qualified names (JPQL's enum literals in repository queries must be qualified).
 */
class SourceShapeTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final int MAX_LINES = 250;

    /** Seed data: a list of households to load, not logic. */
    private static final String SEED_DATA = "cn/jiandang/demo/DemoDataSeeder.java";

    private static final Pattern QUALIFIED =
            Pattern.compile("(?<![\\w.\"$])((?:java|javax|jakarta|org|com|cn)(?:\\.[a-z][a-z0-9_]*)+)\\.([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);

    @Test
    void noMainClassIsLongerThan250LinesButTheSeedData() throws IOException {
        Map<String, Integer> tooLong = new HashMap<>();
        for (Path file : sources()) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            int lines = Files.readAllLines(file).size();
            if (lines > MAX_LINES && !name.equals(SEED_DATA)) {
                tooLong.put(name, lines);
            }
        }
        assertThat(tooLong).as("split these by responsibility").isEmpty();
    }

    @Test
    void classesAreImportedNotNamedInline() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path file : sources()) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            if (name.endsWith("Repository.java")) {
                continue;
            }
            inline.addAll(inlineNames(name, Files.readString(file)));
        }
        assertThat(inline).as("import these").isEmpty();
    }

    /** Qualified names outside imports, comments and strings, unless the simple name is imported for another class. */
    static List<String> inlineNames(String name, String source) {
        Map<String, String> imported = new HashMap<>();
        Matcher imports = IMPORT.matcher(source);
        while (imports.find()) {
            imported.put(imports.group(2), imports.group(1) + "." + imports.group(2));
        }
        List<String> found = new ArrayList<>();
        boolean textBlock = false;
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if ((line.split("\"\"\"", -1).length - 1) % 2 == 1) {
                textBlock = !textBlock;
                continue;
            }
            if (textBlock || trimmed.startsWith("import ") || trimmed.startsWith("package ") || isComment(trimmed)) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(line);
            while (m.find()) {
                String qualified = m.group(1) + "." + m.group(2);
                boolean inString = line.substring(0, m.start())
                                        .chars()
                                        .filter(c -> c == '"')
                                        .count()
                                % 2
                        == 1;
                boolean nameTaken =
                        !imported.getOrDefault(m.group(2), qualified).equals(qualified);
                if (!inString && !nameTaken) {
                    found.add(name + ":" + (i + 1) + " " + qualified);
                }
            }
        }
        return found;
    }

    @Test
    void theScanFindsAnInlineNameAndAcceptsAnImportedOne() {
        String source =
                "package a;\n\nimport java.util.List;\n\nclass A {\n    java.util.Map<String, List<String>> m;\n"
                        + "    // java.util.Set in a comment\n    String s = \"java.util.Set\";\n}\n";
        assertThat(inlineNames("A.java", source)).containsExactly("A.java:6 java.util.Map");
    }

    private static boolean isComment(String trimmed) {
        return trimmed.startsWith("//") || trimmed.startsWith("*") || trimmed.startsWith("/*");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
