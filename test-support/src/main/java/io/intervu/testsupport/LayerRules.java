package io.intervu.testsupport;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * "Only rest/ knows HTTP. Layers depend downwards only", said as ArchUnit rules over one service's main classes (no
 * Quarkus, no database: it reads the compiled classes). Every service runs them from its own {@code LayerRulesTest}:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> layerRules() {
 *     return LayerRules.tests("io.intervu.report");
 * }
 * }</pre>
 * One dynamic test a rule, so a failure names its rule. The rule for {@code client/} is among them where the service
 * has main classes in {@code client/}.
 * <p>
 * The main classes are imported once for all rules and let go when JUnit closes the stream, after the last rule: the
 * module's other tests need the heap. This module's {@code archunit.properties} (read from the classpath root, so it
 * serves every service) sets {@code resolveMissingDependenciesFromClassPath=false}: classes outside the root package
 * stay stubs that carry their names only (all the rules need), instead of importing Quarkus and its libraries.
 */
public final class LayerRules {

    /** The HTTP server API: JAX-RS, RESTEasy, Quarkus' HTTP layer, Vert.x web and Vert.x HTTP. */
    private static final String[] HTTP_SERVER_API = {"jakarta.ws.rs..", "org.jboss.resteasy..", "io.quarkus.vertx.http..",
            "io.vertx.ext.web..", "io.vertx.core.http.."};

    private final String root;
    private final String rest;
    private final String service;
    private final String repository;
    private final String event;
    private final String client;
    private final String consumer;

    /** The main classes under root; null once the rules have run. */
    private JavaClasses main;

    private LayerRules(String root) {
        this.root = root;
        this.rest = root + ".rest..";
        this.service = root + ".service..";
        this.repository = root + ".repository..";
        this.event = root + ".event..";
        this.client = root + ".client..";
        this.consumer = root + ".consumer..";
        this.main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
    }

    /**
     * The layer rules over the main classes of the service whose classes live under {@code root} (e.g.
     * {@code io.intervu.report}), one dynamic test each; return them from a {@code @TestFactory}.
     */
    public static Stream<DynamicTest> tests(String root) {
        LayerRules rules = new LayerRules(root);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("theRulesSeeTheMainClasses", rules::theRulesSeeTheMainClasses));
        tests.add(rules.check("onlyRestKnowsTheRestLayer", rules.onlyRestKnowsTheRestLayer()));
        tests.add(rules.check("onlyRestAndClientsKnowHttp", rules.onlyRestAndClientsKnowHttp()));
        tests.add(rules.check("repositoriesDependOnlyDownwards", rules.repositoriesDependOnlyDownwards()));
        tests.add(rules.check("entitiesDependOnNoLayer", rules.entitiesDependOnNoLayer()));
        tests.add(rules.check("configDependsOnNoLayer", rules.configDependsOnNoLayer()));
        tests.add(rules.check("onlyConsumersKnowTheConsumerLayer", rules.onlyConsumersKnowTheConsumerLayer()));
        tests.add(rules.check("packagesFormNoCycle", rules.packagesFormNoCycle()));
        if (rules.hasMainClassesIn(rules.client)) {
            tests.add(rules.check("clientsDependOnlyDownwards", rules.clientsDependOnlyDownwards()));
        }
        return tests.stream().onClose(rules::release);
    }

    private DynamicTest check(String name, ArchRule rule) {
        return dynamicTest(name, () -> rule.check(main));
    }

    private void release() {
        main = null;
    }

    private void theRulesSeeTheMainClasses() {
        // a rule over no classes proves nothing: the import must hold the layers the rules speak of
        for (String layer : new String[]{rest, service}) {
            assertTrue(hasMainClassesIn(layer), "no main classes in " + packageOf(layer));
        }
        assertTrue(main.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "test classes were imported");
        assertFalse(ArchConfiguration.get().resolveMissingDependenciesFromClassPath(),
                "archunit.properties (test-support) is not in effect: the import would pull in Quarkus and its libraries");
    }

    private ArchRule onlyRestKnowsTheRestLayer() {
        return noClasses().that().resideOutsideOfPackage(rest)
                .should().dependOnClassesThat().resideInAPackage(rest)
                .because("rest/ is the HTTP edge: the layers below report a refusal as a RequestRefusedException "
                        + "(a reason, not a status) and rest/ProblemMappers turns it into the problem document");
    }

    private ArchRule onlyRestAndClientsKnowHttp() {
        return noClasses().that().resideOutsideOfPackages(rest, client)
                .should().dependOnClassesThat().resideInAnyPackage(HTTP_SERVER_API)
                .because("only rest/ knows HTTP; client/ holds the REST client interfaces, whose JAX-RS annotations "
                        + "describe the other service's API");
    }

    private ArchRule repositoriesDependOnlyDownwards() {
        return noClasses().that().resideInAPackage(repository)
                .should().dependOnClassesThat().resideInAnyPackage(service, event, client, rest)
                .because("a repository stores and reads the entities; it calls no service, client or event code");
    }

    private ArchRule entitiesDependOnNoLayer() {
        return noClasses().that().resideInAPackage(root)
                .should().dependOnClassesThat().resideInAnyPackage(service, rest, event, client, repository)
                .because("the entities and the domain error at the package root are the bottom layer that every "
                        + "other layer may use");
    }

    private ArchRule configDependsOnNoLayer() {
        return noClasses().that().resideInAPackage(root + ".config..")
                .should().dependOnClassesThat().resideInAnyPackage(service, rest, event, client, repository)
                .because("config/ holds the settings (@ConfigMapping) and their start-up checks, which every layer reads; "
                        + "beans that wire a layer's objects live in that layer");
    }

    private ArchRule onlyConsumersKnowTheConsumerLayer() {
        return noClasses().that().resideOutsideOfPackage(consumer)
                .should().dependOnClassesThat().resideInAPackage(consumer)
                .because("consumer/ is the Kafka edge, the peer of rest/: its consumers call the services, and the event "
                        + "types and the outbox they use live in event/, below the services");
    }

    private ArchRule packagesFormNoCycle() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("layers depend downwards only, so no two packages of a service may need each other");
    }

    private ArchRule clientsDependOnlyDownwards() {
        return noClasses().that().resideInAPackage(client)
                .should().dependOnClassesThat().resideInAnyPackage(service, repository, event, rest)
                .because("a client adapts another system's API; the services use it, not the other way round");
    }

    /** Whether the import holds main classes in layer ("io.intervu.x.rest..") or below it. */
    private boolean hasMainClassesIn(String layer) {
        String pkg = packageOf(layer);
        return main.stream().anyMatch(c -> c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + "."));
    }

    private static String packageOf(String layer) {
        return layer.substring(0, layer.length() - 2);
    }
}
