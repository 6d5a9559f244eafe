package dev.ztmm.cli;

import dev.ztmm.app.Version;
import picocli.CommandLine.IVersionProvider;

/** Supplies --version from the version the build wrote into the jar. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"ztmm " + Version.current()};
    }
}
