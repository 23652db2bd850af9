package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.ProjectFacts;

import java.util.Set;

/** What a rule may ask while planning: which files talk to the Dashboard API. */
public final class RuleContext {
    private final ProjectFacts facts;
    private final Set<String> dashboardFiles;

    RuleContext(ProjectFacts facts) {
        this.facts = facts;
        this.dashboardFiles = facts.dashboardFiles();
    }

    public ProjectFacts facts() {
        return facts;
    }

    /** True when the file shows it talks to the Dashboard API (a Dashboard URL, the SDK, an Iris-only path). */
    public boolean isDashboardFile(String path) {
        return dashboardFiles.contains(path);
    }

    /** True when any file of the project talks to the Dashboard API. */
    public boolean projectTalksToDashboard() {
        return !dashboardFiles.isEmpty();
    }
}
