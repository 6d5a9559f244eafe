package dev.ztmm.collect;

import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.walk.RepoFile;
import dev.ztmm.walk.WalkResult;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/** Hands each walked file to the first collector that accepts it, reading files in parallel. */
public final class Collection {

    /**
     * Stack size of reader threads. Parsers recurse once per nesting level, and 16 MiB lets
     * them reach their own depth limits instead of overflowing.
     */
    private static final long READER_STACK_BYTES = 16L * 1024 * 1024;

    private final List<Collector> collectors;
    private final int threads;

    /**
     * @param collectors in order of precedence: a file goes to the first that accepts it
     * @param threads reader threads, at least 1
     */
    public Collection(List<Collector> collectors, int threads) {
        this.collectors = List.copyOf(collectors);
        this.threads = Math.max(1, threads);
    }

    /** Reads every walked file; a file that fails becomes a diagnostic and never stops the run. */
    public CollectionResult collect(WalkResult walk) {
        RepositoryIndex index = new RepositoryIndex(walk.files());
        List<FileOutcome> outcomes = readAll(walk.files(), index);

        List<Document> documents = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(walk.diagnostics());
        List<FileRecord> records = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            documents.addAll(outcome.documents());
            diagnostics.addAll(outcome.diagnostics());
            records.add(outcome.record());
        }
        documents.sort(
                Comparator.comparing(Document::path)
                        .thenComparing(document -> document.root().position()));
        documents.add(RepositoryDocument.build(walk.files(), documents));
        diagnostics.sort(Comparator.naturalOrder());
        return new CollectionResult(List.copyOf(documents), List.copyOf(diagnostics), List.copyOf(records));
    }

    private List<FileOutcome> readAll(List<RepoFile> files, RepositoryIndex index) {
        if (threads == 1 || files.size() < 2) {
            List<FileOutcome> outcomes = new ArrayList<>();
            files.forEach(file -> outcomes.add(read(file, index)));
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, readerThreads());
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>();
            for (RepoFile file : files) {
                futures.add(pool.submit(() -> read(file, index)));
            }
            List<FileOutcome> outcomes = new ArrayList<>();
            for (Future<FileOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading files", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A collector failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory readerThreads() {
        return task -> {
            Thread thread = new Thread(null, task, "ztmm-reader", READER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    private FileOutcome read(RepoFile file, RepositoryIndex index) {
        List<Collector> candidates = candidatesFor(file, index);
        if (candidates.isEmpty()) {
            return FileOutcome.ignored(file);
        }
        SourceText source;
        try {
            source = TextDecoder.decode(file.path(), Files.readAllBytes(file.absolutePath()));
        } catch (IOException e) {
            return FileOutcome.failed(file, candidates.get(0), Diagnostic.of(file.path(),
                    Diagnostic.Category.UNREADABLE, "Cannot read file: " + e.getMessage()));
        } catch (CollectException e) {
            return FileOutcome.failed(file, candidates.get(0), new Diagnostic(file.path(),
                    e.position(), Diagnostic.Category.UNREADABLE, e.getMessage()));
        }
        Collector collector = candidates.stream()
                .filter(candidate -> candidate.acceptsContent(source))
                .findFirst()
                .orElse(null);
        if (collector == null) {
            return FileOutcome.ignored(file);
        }
        try {
            Collected collected = collector.collect(source, index);
            return FileOutcome.parsed(file, collector, source, collected);
        } catch (CollectException e) {
            return FileOutcome.failed(file, collector, new Diagnostic(file.path(), e.position(),
                    Diagnostic.Category.PARSE_ERROR, e.getMessage()));
        }
    }

    /** Returns the collectors that accept the file by name, in order of precedence. */
    private List<Collector> candidatesFor(RepoFile file, RepositoryIndex index) {
        List<Collector> candidates = new ArrayList<>();
        for (Collector collector : collectors) {
            if (collector.accepts(file, index)) {
                candidates.add(collector);
            }
        }
        return candidates;
    }
}
