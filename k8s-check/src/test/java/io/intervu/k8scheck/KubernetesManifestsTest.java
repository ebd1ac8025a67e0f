package io.intervu.k8scheck;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's own manifests under k8s/: every document parsed strictly, every rule holds. */
class KubernetesManifestsTest {

    static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("k8s"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("no k8s/ above " + Path.of("").toAbsolutePath());
        return dir;
    }

    @Test
    void theProjectsManifestsPassEveryRule() {
        Path root = repoRoot();
        List<Manifests.Document> docs = Manifests.load(root.resolve("k8s"));
        Map<String, String> services = ManifestRules.serviceProperties(root);
        ManifestRules rules = new ManifestRules(docs).withProducedTopics(ManifestRules.producedTopics(root)).checkAll(services);
        rules.checkKustomizations(root.resolve("k8s"));
        System.out.printf("k8s-check: %d documents (%d kustomizations), %d objects parsed, %d services%n",
                docs.size(), docs.stream().filter(Manifests.Document::isKustomization).count(),
                rules.objects().size(), rules.requiredVariables().size());
        rules.requiredVariables().forEach((service, vars) ->
                System.out.println("k8s-check: " + service + " needs " + vars));
        assertEquals(List.of(), rules.violations(), String.join("\n", rules.violations()));
        // the tree really holds what the rules are about (guards against a rule passing on an empty tree)
        assertEquals(6, rules.requiredVariables().size(), "six service Deployments checked against their properties");
        assertTrue(rules.objects().size() >= 40, "objects parsed: " + rules.objects().size());
    }
}
