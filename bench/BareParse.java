import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Parses every .yml and .yaml file under a folder with SnakeYAML Engine on one thread.
 *
 * <p>Usage: {@code java -cp target/ztmm.jar bench/BareParse.java DIR [ROUNDS]}. This is the
 * baseline for the ztmm benchmark: the time to read and load the same YAML files with nothing
 * else, using {@code Load.loadAllFromString} and default {@code LoadSettings}. Each round parses
 * every file once. The first round also pays for class loading and JIT compilation, as a single
 * ztmm run does, so the first round is the baseline and later rounds show the warm parse time.
 * Output: one line per round with the file count, the document count and the elapsed milliseconds.
 */
public final class BareParse {

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: java -cp target/ztmm.jar bench/BareParse.java DIR [ROUNDS]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        if (!Files.isDirectory(root)) {
            System.err.println("BareParse: folder '" + root + "' not found; generate it with bench/GenerateRepo.java");
            System.exit(2);
        }
        int rounds = args.length == 2 ? Integer.parseInt(args[1]) : 1;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            // Walking and reading count as part of the parse, because ztmm has to do both too.
            List<Path> files = yamlFiles(root);
            long documents = 0;
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Load load = new Load(LoadSettings.builder().build());
                for (Object document : load.loadAllFromString(text)) {
                    if (document != null) {
                        documents++;
                    }
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "round=%d files=%d documents=%d ms=%d%n",
                    round, files.size(), documents, millis);
        }
    }

    private static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".yml") || name.endsWith(".yaml");
                    })
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
