package io.github.irismigrate.recipes;

import io.github.irismigrate.analysis.ProjectFacts;
import org.junit.jupiter.api.Test;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class TmpDebugTest {
    @Test
    void dump() throws Exception {
        String dir = System.getProperty("dbg.dir");
        List<Path> files;
        try (var s = Files.walk(Path.of(dir))) { files = s.filter(p -> p.toString().endsWith(".java")).toList(); }
        var yml = new org.openrewrite.yaml.YamlParser().parse(List.of(Path.of(dir, "src/main/resources/application.yml")), Path.of(dir), new InMemoryExecutionContext()).toList();
        var ctx = new InMemoryExecutionContext(Throwable::printStackTrace);
        List<SourceFile> sfs = org.openrewrite.java.JavaParser.fromJavaVersion().classpath("spring-web", "spring-core", "spring-boot").build().parse(files, Path.of(dir), ctx).toList();
        ProjectFacts facts = ProjectFacts.shared(ctx);
        sfs.forEach(facts::scan); yml.forEach(facts::scan);
        for (var rr : facts.resolvedRoots()) {
            System.out.println("ROOT " + rr.root().sourcePath() + " " + rr.root().kind() + " " + rr.target() + " :: " + rr.text().flat().replace(String.valueOf(io.github.irismigrate.analysis.AssembledText.HOLE), "<H>"));
        }
        System.out.println("DASHFILES " + facts.dashboardFiles());
    }
}
