package dev.ztmm.collect;

import dev.ztmm.collect.docker.DockerfileParseException;
import dev.ztmm.collect.docker.DockerfileParser;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.walk.RepoFile;
import java.util.Locale;

/** Reads Dockerfiles and Containerfiles, including names such as api.Dockerfile and Dockerfile.dev. */
public final class DockerfileCollector implements Collector {

    @Override
    public String name() {
        return "dockerfile";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dockerignore") || name.endsWith(".md") || name.endsWith(".txt")) {
            return false;
        }
        return name.equals("dockerfile")
                || name.equals("containerfile")
                || name.endsWith(".dockerfile")
                || name.endsWith(".containerfile")
                || name.startsWith("dockerfile.")
                || name.startsWith("containerfile.");
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        try {
            return Collected.of(new Document(DocumentKind.DOCKERFILE, source.path(), DockerfileParser.parse(source.text())));
        } catch (DockerfileParseException e) {
            throw new CollectException("Invalid Dockerfile: " + e.getMessage(), e.position());
        }
    }
}
