package dev.ztmm.collect;

import dev.ztmm.collect.jenkins.JenkinsParseException;
import dev.ztmm.collect.jenkins.JenkinsfileReader;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.Position;
import dev.ztmm.walk.RepoFile;

/** Reads Jenkins pipelines: files named Jenkinsfile, Jenkinsfile.* or *.jenkinsfile. */
public final class JenkinsfileCollector implements Collector {

    @Override
    public String name() {
        return "jenkinsfile";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String name = file.fileName();
        return name.equals("Jenkinsfile") || name.startsWith("Jenkinsfile.")
                || name.endsWith(".jenkinsfile") || name.endsWith(".Jenkinsfile");
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        try {
            return Collected.of(new Document(DocumentKind.JENKINSFILE, source.path(),
                    JenkinsfileReader.read(source.text())));
        } catch (JenkinsParseException e) {
            throw new CollectException("Invalid Jenkinsfile: " + e.getMessage(), Position.of(e.line(), 1));
        }
    }
}
