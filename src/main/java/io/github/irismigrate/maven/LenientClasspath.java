package io.github.irismigrate.maven;

import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.DependencyResult;
import org.eclipse.aether.util.artifact.JavaScopes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The classpath for type attribution, resolved leniently: a dependency that cannot be resolved (a sibling module not
 * built yet when the goal runs from the command line) costs only type precision, never the run. Sibling modules of
 * the reactor contribute their output directories when they exist.
 */
final class LenientClasspath {
    private LenientClasspath() {
    }

    static List<Path> of(MavenProject project, List<MavenProject> reactor, RepositorySystem system,
                         RepositorySystemSession session, Consumer<String> warn) {
        Set<Path> out = new LinkedHashSet<>();
        addIfExists(out, project.getBuild().getOutputDirectory());
        addIfExists(out, project.getBuild().getTestOutputDirectory());
        Map<String, MavenProject> siblings = new java.util.HashMap<>();
        for (MavenProject p : reactor) {
            siblings.put(p.getGroupId() + ":" + p.getArtifactId(), p);
        }
        CollectRequest collect = new CollectRequest();
        collect.setRepositories(project.getRemoteProjectRepositories());
        for (Dependency d : project.getDependencies()) {
            MavenProject sibling = siblings.get(d.getGroupId() + ":" + d.getArtifactId());
            if (sibling != null) {
                addIfExists(out, sibling.getBuild().getOutputDirectory());
                continue;
            }
            collect.addDependency(aether(d));
        }
        if (project.getDependencyManagement() != null) {
            // the versions a BOM or a parent manages apply to transitive dependencies too, as in the build itself:
            // without them other versions would be resolved (and downloaded, or warned about offline)
            for (Dependency managed : project.getDependencyManagement().getDependencies()) {
                collect.addManagedDependency(aether(managed));
            }
        }
        if (collect.getDependencies().isEmpty()) {
            return new ArrayList<>(out);
        }
        DependencyResult result;
        try {
            result = system.resolveDependencies(session, new DependencyRequest(collect, null));
        } catch (DependencyResolutionException e) {
            result = e.getResult();
            warn.accept("some dependencies of " + project.getArtifactId() + " could not be resolved; types from them are unknown ("
                    + e.getMessage() + ")");
        }
        if (result != null) {
            for (ArtifactResult ar : result.getArtifactResults()) {
                if (ar.getArtifact() != null && ar.getArtifact().getFile() != null) {
                    addIfExists(out, ar.getArtifact().getFile().getPath());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** A dependency of the POM as the resolver takes it: coordinates, scope and exclusions. */
    private static org.eclipse.aether.graph.Dependency aether(Dependency d) {
        List<Exclusion> exclusions = new ArrayList<>();
        for (org.apache.maven.model.Exclusion e : d.getExclusions()) {
            exclusions.add(new Exclusion(e.getGroupId(), e.getArtifactId(), "*", "*"));
        }
        return new org.eclipse.aether.graph.Dependency(new DefaultArtifact(d.getGroupId(), d.getArtifactId(),
                d.getClassifier(), d.getType() == null ? "jar" : d.getType(), d.getVersion()),
                d.getScope() == null ? JavaScopes.COMPILE : d.getScope(), d.isOptional(), exclusions);
    }

    private static void addIfExists(Set<Path> out, String path) {
        if (path != null && Files.exists(Path.of(path))) {
            out.add(Path.of(path));
        }
    }
}
