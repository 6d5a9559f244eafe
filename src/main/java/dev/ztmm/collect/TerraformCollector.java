package dev.ztmm.collect;

import dev.ztmm.collect.hcl.HclParseException;
import dev.ztmm.collect.hcl.TerraformTreeBuilder;
import dev.ztmm.collect.iam.TerraformPolicies;
import dev.ztmm.model.Diagnostic;
import dev.ztmm.model.Document;
import dev.ztmm.model.DocumentKind;
import dev.ztmm.model.MapNode;
import dev.ztmm.model.Node;
import dev.ztmm.model.Position;
import dev.ztmm.walk.RepoFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Terraform files in HCL native syntax (.tf, .tfvars) and JSON syntax (.tf.json,
 * .tfvars.json): one terraform document per file, and one iam-policy document per IAM policy
 * written in it.
 */
public final class TerraformCollector implements Collector {

    /**
     * A file whose whole text is a relative path to another Terraform file: a symbolic link that
     * a checkout without symlink support (git's core.symlinks=false) wrote as a text file.
     */
    private static final Pattern LINK_AS_TEXT = Pattern.compile("\\s*[\\w./-]+\\.tf\\s*");

    @Override
    public String name() {
        return "terraform";
    }

    @Override
    public boolean accepts(RepoFile file, RepositoryIndex index) {
        String name = file.fileName();
        return name.endsWith(".tf") || name.endsWith(".tf.json") || name.endsWith(".tfvars")
                || name.endsWith(".tfvars.json");
    }

    @Override
    public Collected collect(SourceText source, RepositoryIndex index) throws CollectException {
        if (LINK_AS_TEXT.matcher(source.text()).matches()) {
            return new Collected(List.of(), List.of(Diagnostic.of(source.path(), Diagnostic.Category.UNSUPPORTED,
                    "File holds only the path '" + source.text().strip() + "': a symbolic link checked out as"
                            + " text. Check out with symbolic links enabled (git config core.symlinks true)"
                            + " so ztmm reads the target.")));
        }
        MapNode tree = source.path().endsWith(".json") ? parseJson(source) : parseNative(source);
        ModuleSources.resolve(tree, source.path());
        return Collected.of(withPolicies(source, tree, index));
    }

    private static MapNode parseNative(SourceText source) throws CollectException {
        try {
            return TerraformTreeBuilder.parse(source.text());
        } catch (HclParseException e) {
            throw new CollectException("Invalid Terraform: " + e.getMessage(), e.position());
        }
    }

    /** Reads a .tf.json file, or a .tfvars.json file whose values go under "attributes". */
    private static MapNode parseJson(SourceText source) throws CollectException {
        Node json = JsonLoader.load(source.text());
        if (!source.path().endsWith(".tfvars.json")) {
            return TerraformJsonTree.build(json);
        }
        MapNode root = new MapNode(Position.of(1, 1));
        root.put("attributes", json);
        return root;
    }

    /** Returns the file's document followed by the IAM policy documents written in it. */
    static List<Document> withPolicies(SourceText source, MapNode tree, RepositoryIndex index) {
        List<Document> documents = new ArrayList<>();
        documents.add(new Document(DocumentKind.TERRAFORM, source.path(), tree));
        for (MapNode policy :
                TerraformPolicies.find(source.path(), source.text(), tree, index::contains)) {
            documents.add(new Document(DocumentKind.IAM_POLICY, source.path(), policy));
        }
        return documents;
    }
}
