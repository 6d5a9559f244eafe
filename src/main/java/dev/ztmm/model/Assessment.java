package dev.ztmm.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a report shows about one assessment.
 *
 * @param toolVersion the ztmm version
 * @param repository the assessed folder as the user named it
 * @param commit the commit id read from .git/HEAD, or null
 * @param timestamp when the assessment ran, ISO-8601 in UTC
 * @param packs the rule packs used, in load order
 * @param pillars one score per pillar, in {@link Pillar} order
 * @param results one result per rule, sorted by rule id
 * @param diagnostics skipped files, parse failures and warnings, sorted by path
 * @param files one entry per walked file that a collector read or tried to read, sorted by path
 * @param targets the stage each pillar must reach, empty when no target was set
 */
public record Assessment(
        String toolVersion,
        String repository,
        String commit,
        String timestamp,
        List<PackInfo> packs,
        List<PillarScore> pillars,
        List<RuleResult> results,
        List<Diagnostic> diagnostics,
        List<FileInfo> files,
        Map<Pillar, Stage> targets) {

    /** A rule pack's id, version and rule count. */
    public record PackInfo(String id, String version, int rules) {}

    /**
     * A file the collectors read.
     *
     * @param path path relative to the repository
     * @param collector the collector that read it
     * @param documents how many documents it yielded
     * @param status "parsed", "failed" or "not-rendered"
     * @param symlinkTarget the link target when reached through a symbolic link, else null
     */
    public record FileInfo(String path, String collector, int documents, String status, String symlinkTarget) {}

    /** Returns the pillars whose stage is below their target, in pillar order. */
    public List<PillarScore> missedTargets() {
        return pillars.stream()
                .filter(score -> targets.containsKey(score.pillar()))
                .filter(score -> score.stage().number() < targets.get(score.pillar()).number())
                .toList();
    }
}
