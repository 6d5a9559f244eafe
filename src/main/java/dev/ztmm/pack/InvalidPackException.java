package dev.ztmm.pack;

import java.util.List;
import java.util.stream.Collectors;

/** Rule packs that cannot be used, with every problem found in one pass. */
public final class InvalidPackException extends Exception {

    private final transient List<PackProblem> problems;

    public InvalidPackException(List<PackProblem> problems) {
        super(problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
